namespace Connectors.Ota.Sending;

/// <summary>What the partner answered: the HTTP status and the OTA response headers.</summary>
/// <param name="HttpStatus">The HTTP status code.</param>
/// <param name="StatusCode">STATUS_CODE, when present and a number.</param>
/// <param name="Description">STATUS_DESCRIPTION, or the HTTP reason phrase.</param>
/// <param name="ReceiptId">MESSAGE_RECEIPT_ID, when present.</param>
internal sealed record OtaPartnerAnswer(int HttpStatus, int? StatusCode, string? Description, string? ReceiptId);
