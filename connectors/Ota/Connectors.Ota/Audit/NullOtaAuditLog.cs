namespace Connectors.Ota.Audit;

/// <summary>An audit log that keeps nothing, for an application that maps the receiver without registering one.</summary>
public sealed class NullOtaAuditLog : IOtaAuditLog
{
    public static readonly NullOtaAuditLog Instance = new();

    private NullOtaAuditLog()
    {
    }

    public Task RecordAsync(OtaAuditRecord record, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<OtaAuditRecord>> FindAsync(OtaDirection direction, string messageId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OtaAuditRecord>>([]);

    public Task<IReadOnlyList<OtaAuditRecord>> ListAsync(int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OtaAuditRecord>>([]);
}
