using Microsoft.Extensions.Logging;

namespace Connectors.Ota.Audit;

/// <summary>
/// Writes audit records without letting the audit log decide a delivery: the message was already
/// committed or refused by the time its record is written, so a failed write is logged, not thrown.
/// </summary>
internal static partial class OtaAuditWriter
{
    public static async Task RecordAsync(IOtaAuditLog log, OtaAuditRecord record, ILogger logger)
    {
        try
        {
            await log.RecordAsync(record, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            AuditFailed(logger, record.Direction, record.MessageId ?? record.AuditId, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The OTA audit log could not record {Direction} message {MessageId}: {Reason}")]
    private static partial void AuditFailed(ILogger logger, OtaDirection direction, string messageId, string reason);
}
