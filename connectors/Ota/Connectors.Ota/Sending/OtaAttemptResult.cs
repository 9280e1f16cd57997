namespace Connectors.Ota.Sending;

/// <summary>An attempt that ended with the partner's verdict: delivered, or refused for good.</summary>
/// <param name="Delivered">True when the partner took the message.</param>
/// <param name="StatusCode">The partner's STATUS_CODE (1000 when delivered by a straight post that sent none).</param>
/// <param name="Description">Its description, or a description of the HTTP status.</param>
/// <param name="ReceiptId">MESSAGE_RECEIPT_ID of a delivered message, when the partner gave one.</param>
internal sealed record OtaAttemptResult(bool Delivered, int StatusCode, string Description, string? ReceiptId);
