namespace Connectors.Sdk.Messages;

/// <summary>What a sender returns: delivered, pending acknowledgement, or rejected with the partner's reason.</summary>
public sealed record SendReceipt
{
    public required ReceiptStatus Status { get; init; }

    /// <summary>Id by which the delivery is tracked and later queried.</summary>
    public required string CorrelationId { get; init; }

    /// <summary>The partner's reason code when rejected (an OFTP2 SFNA/EFNA/NERP code, an OTA status code).</summary>
    public string? ReasonCode { get; init; }

    /// <summary>The partner's reason in words when rejected.</summary>
    public string? Reason { get; init; }

    /// <summary>The partner's own receipt id, when it gives one (OTA MESSAGE_RECEIPT_ID).</summary>
    public string? PartnerReceiptId { get; init; }

    /// <summary>Bytes of payload the partner accepted.</summary>
    public long BytesTransferred { get; init; }

    public DateTimeOffset Timestamp { get; init; } = DateTimeOffset.UtcNow;

    public static SendReceipt Delivered(string correlationId, long bytes, string? partnerReceiptId = null) =>
        new() { Status = ReceiptStatus.Delivered, CorrelationId = correlationId, BytesTransferred = bytes, PartnerReceiptId = partnerReceiptId };

    public static SendReceipt Pending(string correlationId, long bytes) =>
        new() { Status = ReceiptStatus.PendingAcknowledgement, CorrelationId = correlationId, BytesTransferred = bytes };

    public static SendReceipt Rejected(string correlationId, string reasonCode, string reason) =>
        new() { Status = ReceiptStatus.Rejected, CorrelationId = correlationId, ReasonCode = reasonCode, Reason = reason };
}
