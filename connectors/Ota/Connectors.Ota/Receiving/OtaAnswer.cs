using Connectors.Ota.Protocol.Status;
using Microsoft.AspNetCore.Http;

namespace Connectors.Ota.Receiving;

/// <summary>
/// The receiver's answer to one post. OTA outcomes travel as HTTP 200 with the verdict in STATUS_CODE,
/// as Oracle's servlet answers; refusals at the HTTP level (no POST, no or too large Content-Length,
/// a body cut short, Digest) keep their HTTP status and carry a STATUS_CODE too.
/// </summary>
/// <param name="HttpStatus">The HTTP status code.</param>
/// <param name="Status">The row of the status table.</param>
/// <param name="Description">STATUS_DESCRIPTION: the table's text, or a more precise one that never quotes a field's value.</param>
/// <param name="ReceiptId">MESSAGE_RECEIPT_ID, for a delivered SEND.</param>
internal sealed record OtaAnswer(int HttpStatus, OtaStatus Status, string Description, string? ReceiptId = null)
{
    /// <summary>WWW-Authenticate values of a Digest challenge.</summary>
    public IReadOnlyList<string> Challenges { get; init; } = [];

    /// <summary>Set for a duplicate: answered 1000 with the first delivery's receipt, but not delivered again.</summary>
    public bool IsDuplicate { get; init; }

    public static OtaAnswer Ok(string? receiptId, string description = "Message successfully received") =>
        new(StatusCodes.Status200OK, OtaStatusCodes.Ok, description, receiptId);

    /// <summary>An OTA-level refusal: HTTP 200, the verdict in STATUS_CODE.</summary>
    public static OtaAnswer Refuse(OtaStatus status, string? description = null) =>
        new(StatusCodes.Status200OK, status, description ?? status.Description);
}
