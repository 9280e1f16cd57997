namespace Connectors.Ota.Audit;

/// <summary>The audit log of every inbound and outbound OTA message.</summary>
public interface IOtaAuditLog
{
    /// <summary>Stores the record, replacing an earlier one with the same <see cref="OtaAuditRecord.AuditId"/>.</summary>
    Task RecordAsync(OtaAuditRecord record, CancellationToken cancellationToken);

    /// <summary>Records of one MESSAGE_ID in one direction, oldest first.</summary>
    Task<IReadOnlyList<OtaAuditRecord>> FindAsync(OtaDirection direction, string messageId, CancellationToken cancellationToken);

    /// <summary>The latest records, newest first.</summary>
    Task<IReadOnlyList<OtaAuditRecord>> ListAsync(int limit, CancellationToken cancellationToken);
}
