using Microsoft.Extensions.Logging;

namespace Connectors.Ota.Sending;

/// <summary>What the sender logs. No message carries a password or a payload.</summary>
internal static partial class OtaSenderLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Queued OTA message {MessageId} ({Bytes} bytes, {Attachments} attachments) for {Partner} as {ProtocolType}, correlation {CorrelationId}")]
    public static partial void Queued(ILogger logger, string messageId, long bytes, int attachments, string partner, string protocolType, string correlationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "OTA message {MessageId} is in the outbound queue already ({State}); sending it as stored")]
    public static partial void Resuming(ILogger logger, string messageId, string state);

    [LoggerMessage(Level = LogLevel.Information, Message = "OTA message {MessageId} was delivered before, with receipt {ReceiptId}; not sent again")]
    public static partial void AlreadyDelivered(ILogger logger, string messageId, string? receiptId);

    [LoggerMessage(Level = LogLevel.Information, Message = "OTA message {MessageId} delivered to {Partner} in attempt {Attempt}, receipt {ReceiptId}")]
    public static partial void Delivered(ILogger logger, string messageId, string partner, int attempt, string? receiptId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OTA message {MessageId} rejected by {Partner} with {StatusCode}: {Description}; kept in the queue as failed")]
    public static partial void Rejected(ILogger logger, string messageId, string partner, int statusCode, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attempt {Attempt} of {MaxAttempts} of OTA message {MessageId} failed: {Reason}")]
    public static partial void AttemptFailed(ILogger logger, int attempt, int maxAttempts, string messageId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "OTA message {MessageId} failed for good after {Attempts} attempts and is kept in the queue as failed: {Reason}")]
    public static partial void FailedForGood(ILogger logger, string messageId, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tried {Count} OTA messages left due in the outbound queue")]
    public static partial void Recovered(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OTA message {MessageId} left in the queue cannot be sent now: {Reason}")]
    public static partial void RecoveryBlocked(ILogger logger, string messageId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Resending the OTA outbound queue failed: {Reason}")]
    public static partial void RecoveryFailed(ILogger logger, Exception exception, string reason);
}
