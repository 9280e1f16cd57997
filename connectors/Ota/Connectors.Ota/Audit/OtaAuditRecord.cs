namespace Connectors.Ota.Audit;

/// <summary>
/// One message in the audit log, shaped after Oracle's own OTA log: ids, direction, status, times,
/// request type, content length, transaction, party, credentials' user, client, protocol, result, receipt
/// and error. Never a password.
/// </summary>
public sealed record OtaAuditRecord
{
    /// <summary>The record's own id: one per outbound message, one per inbound request (a resend is a request of its own).</summary>
    public required string AuditId { get; init; }

    public required OtaDirection Direction { get; init; }

    public required OtaAuditStatus Status { get; init; }

    /// <summary>The sender's MESSAGE_ID.</summary>
    public string? MessageId { get; init; }

    /// <summary>The receiver's MESSAGE_RECEIPT_ID.</summary>
    public string? ReceiptId { get; init; }

    public string? RequestType { get; init; }

    /// <summary>Bytes of the HTTP body as declared by Content-Length.</summary>
    public long? ContentLength { get; init; }

    public string? TransactionType { get; init; }

    public string? TransactionSubtype { get; init; }

    public string? DocumentNumber { get; init; }

    public string? PartyId { get; init; }

    public string? PartySiteId { get; init; }

    /// <summary>The USERNAME of the envelope.</summary>
    public string? Username { get; init; }

    /// <summary>The partner's address as the receiver saw it.</summary>
    public string? ClientAddress { get; init; }

    public string? ProtocolType { get; init; }

    public string? ProtocolAddress { get; init; }

    /// <summary>The profile the message went to (outbound) or whose account it came with (inbound).</summary>
    public string? Partner { get; init; }

    /// <summary>Attempts made so far (outbound).</summary>
    public int Attempts { get; init; }

    /// <summary>The last STATUS_CODE, or the sender's own 4xxx code.</summary>
    public int? ResultCode { get; init; }

    public string? ResultText { get; init; }

    /// <summary>What went wrong, in words, when something did.</summary>
    public string? Error { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }
}
