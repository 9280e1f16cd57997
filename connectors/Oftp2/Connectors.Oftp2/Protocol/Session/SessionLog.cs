using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;
using Microsoft.Extensions.Logging;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// What a session logs. Commands are named, never printed whole, and no SSID password is ever an argument.
/// DATA buffers are not logged one by one: a file logs its start and its end.
/// </summary>
internal static class SessionLog
{
    private static readonly Action<ILogger, string, string, Exception?> CommandSentMessage =
        LoggerMessage.Define<string, string>(LogLevel.Debug, new EventId(1, "CommandSent"), "OFTP {Command} sent in {State}");

    private static readonly Action<ILogger, string, string, Exception?> CommandReceivedMessage =
        LoggerMessage.Define<string, string>(LogLevel.Debug, new EventId(2, "CommandReceived"), "OFTP {Command} received in {State}");

    private static readonly Action<ILogger, SessionRole, string, int, int, int, string, Exception?> StartedMessage =
        LoggerMessage.Define<SessionRole, string, int, int, int, string>(
            LogLevel.Information,
            new EventId(3, "SessionStarted"),
            "OFTP session started as {Role} with {Partner}: level {Level}, buffer {BufferSize}, credit {Credit}, {Options}");

    private static readonly Action<ILogger, string, string, long, Exception?> FileSendingMessage =
        LoggerMessage.Define<string, string, long>(LogLevel.Information, new EventId(4, "FileSending"), "OFTP sending {DatasetName} to {Destination} from restart position {RestartPosition}");

    private static readonly Action<ILogger, string, string, long, long, Exception?> FileSentMessage =
        LoggerMessage.Define<string, string, long, long>(LogLevel.Information, new EventId(5, "FileSent"), "OFTP {DatasetName} sent, answered {Answer}: {RecordCount} records, {UnitCount} octets");

    private static readonly Action<ILogger, string, int, string, Exception?> FileRefusedMessage =
        LoggerMessage.Define<string, int, string>(LogLevel.Warning, new EventId(6, "FileRefused"), "OFTP {DatasetName} refused by the partner with SFNA {Reason:D2}: {Text}");

    private static readonly Action<ILogger, string, string, long, Exception?> FileReceivingMessage =
        LoggerMessage.Define<string, string, long>(LogLevel.Information, new EventId(7, "FileReceiving"), "OFTP receiving {DatasetName} from {Originator} from restart position {RestartPosition}");

    private static readonly Action<ILogger, string, string, long, long, Exception?> FileReceivedMessage =
        LoggerMessage.Define<string, string, long, long>(LogLevel.Information, new EventId(8, "FileReceived"), "OFTP {DatasetName} received, answered {Answer}: {RecordCount} records, {UnitCount} octets");

    private static readonly Action<ILogger, int, string, string, Exception?> EndingMessage =
        LoggerMessage.Define<int, string, string>(LogLevel.Warning, new EventId(9, "SessionAborting"), "OFTP session ends with ESID {Reason:D2} ({Description}): {Detail}");

    private static readonly Action<ILogger, int, string, Exception?> EndedByPartnerMessage =
        LoggerMessage.Define<int, string>(LogLevel.Information, new EventId(10, "SessionEndedByPartner"), "OFTP session ended by the partner with ESID {Reason:D2}: {Text}");

    private static readonly Action<ILogger, string, Exception?> ConnectionLostMessage =
        LoggerMessage.Define<string>(LogLevel.Warning, new EventId(11, "ConnectionLost"), "OFTP connection lost: {Detail}");

    private static readonly Action<ILogger, Exception?> EndedNormallyMessage =
        LoggerMessage.Define(LogLevel.Information, new EventId(12, "SessionEnded"), "OFTP session ended normally");

    private static readonly Action<ILogger, string, Exception?> CloseIncompleteMessage =
        LoggerMessage.Define<string>(LogLevel.Debug, new EventId(13, "CloseIncomplete"), "OFTP session closing did not complete: {Detail}");

    public static void CommandSent(this ILogger logger, CommandCode code, SessionState state) =>
        CommandSentMessage(logger, code.GetName(), state.ToString(), null);

    public static void CommandReceived(this ILogger logger, CommandCode code, SessionState state) =>
        CommandReceivedMessage(logger, code.GetName(), state.ToString(), null);

    public static void SessionStarted(this ILogger logger, NegotiatedSession session) =>
        StartedMessage(
            logger,
            session.Role,
            session.PartnerCode,
            (int)session.Level,
            session.BufferSize,
            session.Credit,
            $"compression {YesNo(session.BufferCompression)}, restart {YesNo(session.Restart)}, secure authentication {YesNo(session.SecureAuthentication)}",
            null);

    public static void FileSending(this ILogger logger, StartFile startFile, long restartPosition) =>
        FileSendingMessage(logger, startFile.DatasetName, startFile.Destination, restartPosition, null);

    public static void FileSent(this ILogger logger, StartFile startFile, OdetteCommand answer, EndFile endFile) =>
        FileSentMessage(logger, startFile.DatasetName, answer.Code.GetName(), endFile.RecordCount, endFile.UnitCount, null);

    public static void FileRefused(this ILogger logger, StartFile startFile, StartFileNegativeAnswer answer) =>
        FileRefusedMessage(logger, startFile.DatasetName, (int)answer.Reason, answer.Reason.Describe(), null);

    public static void FileReceiving(this ILogger logger, StartFile startFile, long restartPosition) =>
        FileReceivingMessage(logger, startFile.DatasetName, startFile.Originator, restartPosition, null);

    public static void FileReceived(this ILogger logger, StartFile startFile, CommandCode answer, EndFile endFile) =>
        FileReceivedMessage(logger, startFile.DatasetName, answer.GetName(), endFile.RecordCount, endFile.UnitCount, null);

    public static void Ending(this ILogger logger, EndSessionReason reason, string detail, Exception? exception) =>
        EndingMessage(logger, (int)reason, reason.Describe(), detail, exception);

    public static void EndedByPartner(this ILogger logger, EndSession endSession) =>
        EndedByPartnerMessage(logger, (int)endSession.Reason, endSession.ReasonText.Length > 0 ? endSession.ReasonText : endSession.Reason.Describe(), null);

    public static void ConnectionLost(this ILogger logger, Exception exception) =>
        ConnectionLostMessage(logger, exception.Message, exception.InnerException);

    public static void EndedNormally(this ILogger logger) => EndedNormallyMessage(logger, null);

    public static void CloseIncomplete(this ILogger logger, Exception exception) => CloseIncompleteMessage(logger, exception.Message, null);

    private static char YesNo(bool value) => value ? 'Y' : 'N';
}
