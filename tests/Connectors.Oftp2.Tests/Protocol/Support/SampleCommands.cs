using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Tests.Protocol.Support;

/// <summary>One valid instance of each command, with the values of the interop sessions where they have one.</summary>
public static class SampleCommands
{
    public static readonly VirtualFileTimestamp Stamp =
        new(new DateOnly(2026, 11, 22), new TimeOnly(11, 13, 25), 1);

    public static StartSession StartSession => new()
    {
        IdentificationCode = "O0013000000CLIENT",
        Password = "CLIPASS",
        BufferSize = 4096,
        Capability = SendReceiveCapability.Both,
        Restart = true,
        Credit = 64,
    };

    public static StartFile StartFile => new()
    {
        DatasetName = "ORDERS-T.EDI",
        Timestamp = Stamp,
        Destination = "O0013000000SERVER",
        Originator = "O0013000000CLIENT",
        Format = VirtualFileFormat.Text,
        FileSize = 4,
        OriginalFileSize = 4,
    };

    public static EndToEndResponse EndToEndResponse => new()
    {
        DatasetName = "ORDERS-T.EDI",
        Timestamp = Stamp,
        Destination = "O0013000000CLIENT",
        Originator = "O0013000000SERVER",
    };

    public static NegativeEndResponse NegativeEndResponse => new()
    {
        DatasetName = "ORDERS-T.EDI",
        Timestamp = Stamp,
        Destination = "O0013000000CLIENT",
        Originator = "O0013000000SERVER",
        Creator = "O0013000000SERVER",
        Reason = NegativeEndResponseReason.FileProcessingFailed,
        ReasonText = "mapping failed",
    };

    /// <summary>Every command, for the tests that must cover each of them.</summary>
    public static IReadOnlyList<OdetteCommand> All =>
    [
        StartSessionReadyMessage.Instance,
        StartSession,
        SecurityChangeDirection.Instance,
        new AuthenticationChallenge(new byte[] { 0x30, 0x80, 0x06, 0x09 }),
        new AuthenticationResponse(new byte[AuthenticationResponse.ResponseLength]),
        StartFile,
        new StartFilePositiveAnswer(12),
        new StartFileNegativeAnswer(StartFileNegativeReason.DuplicateFile, RetryLater: false, "duplicate"),
        new DataExchangeBuffer(new byte[] { 0x83, 0x41, 0x42, 0x43 }),
        SetCredit.Instance,
        new EndFile(0, 3456),
        new EndFilePositiveAnswer(ChangeDirectionRequested: true),
        new EndFileNegativeAnswer(EndFileNegativeReason.InvalidByteCount, "count"),
        new EndSession(EndSessionReason.NormalTermination),
        ChangeDirection.Instance,
        EndToEndResponse,
        NegativeEndResponse,
        ReadyToReceive.Instance,
    ];
}
