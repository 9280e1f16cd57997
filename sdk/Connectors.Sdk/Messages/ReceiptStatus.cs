namespace Connectors.Sdk.Messages;

/// <summary>Where a sent message stands.</summary>
public enum ReceiptStatus
{
    /// <summary>The partner confirmed delivery (OFTP2 EERP, OTA status 1000, MFT destination verified).</summary>
    Delivered,

    /// <summary>
    /// The partner took the message but its confirmation comes later, possibly in another session;
    /// track it by <see cref="SendReceipt.CorrelationId"/>.
    /// </summary>
    PendingAcknowledgement,

    /// <summary>The partner refused the message, with a reason.</summary>
    Rejected,
}
