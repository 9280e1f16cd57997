using Microsoft.Extensions.Logging;

namespace Connectors.Ota.Receiving;

/// <summary>What the receiver logs. No message carries a password or a payload.</summary>
internal static partial class OtaReceiverLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "OTA receiver listening on {Scheme}://{Address}:{Port}{Path} for accounts {Accounts}")]
    public static partial void Listening(ILogger logger, string scheme, string address, int port, string path, string accounts);

    [LoggerMessage(Level = LogLevel.Information, Message = "OTA receiver on {Address}:{Port} stopped")]
    public static partial void Stopped(ILogger logger, string address, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Accepted OTA message {MessageId} ({Bytes} bytes, {Attachments} attachments) from {Partner} at {Client} as {ReceiptId}")]
    public static partial void Accepted(ILogger logger, string messageId, long bytes, int attachments, string partner, string client, string? receiptId);

    [LoggerMessage(Level = LogLevel.Information, Message = "OTA message {MessageId} from {Partner} at {Client} was received before; answered with the first receipt {ReceiptId} and not delivered again")]
    public static partial void Duplicate(ILogger logger, string messageId, string partner, string client, string? receiptId);

    [LoggerMessage(Level = LogLevel.Information, Message = "AUTH2 request of {Partner} from {Client} accepted")]
    public static partial void Authorized(ILogger logger, string partner, string client);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused OTA post from {Client} with {StatusCode}: {Description}")]
    public static partial void Refused(ILogger logger, string client, int statusCode, string description);

    [LoggerMessage(Level = LogLevel.Error, Message = "OTA message {MessageId} from {Partner} could not be stored; answered 2000 so the partner sends it again")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string messageId, string partner);

    [LoggerMessage(Level = LogLevel.Error, Message = "OTA post from {Client} failed unexpectedly; answered 2001 so the partner sends it again")]
    public static partial void Failed(ILogger logger, Exception exception, string client);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OTA post from {Client} ended before it was answered: {Reason}")]
    public static partial void Abandoned(ILogger logger, string client, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Account {Profile} of the OTA receiver cannot be used: {Problem}")]
    public static partial void AccountUnusable(ILogger logger, string profile, string problem);
}
