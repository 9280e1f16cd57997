using Connectors.Oftp2.Protocol;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Tests.Protocol.Support;
using FsCheck.Xunit;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// At protocol level 4 (revision 1.4) commands use the shorter layouts: no security fields, no reason texts,
/// 7-, 9- and 12-digit counts. What fits them round-trips; the texts level 4 cannot carry are dropped.
/// </summary>
[Properties(Arbitrary = [typeof(CommandGenerators)], MaxTest = 100)]
public sealed class When_round_tripping_commands_at_level_4
{
    private const ProtocolLevel Level = ProtocolLevel.Revision14;

    [Property]
    public void Start_file(StartFile command)
    {
        var fitting = command with
        {
            FileSize = command.FileSize % 10_000_000,
            OriginalFileSize = command.FileSize % 10_000_000,
            RestartPosition = command.RestartPosition % 1_000_000_000,
            Security = SecurityLevel.None,
            CipherSuite = CipherSuite.None,
            Compression = FileCompression.None,
            Enveloping = FileEnveloping.None,
            SignedResponseRequested = false,
            Description = "",
        };
        RoundTrip(fitting, fitting, 128);
    }

    [Property]
    public void Start_file_positive_answer(StartFilePositiveAnswer command)
    {
        var fitting = new StartFilePositiveAnswer(command.AnswerCount % 1_000_000_000);
        RoundTrip(fitting, fitting, 10);
    }

    [Property]
    public void Start_file_negative_answer(StartFileNegativeAnswer command) =>
        RoundTrip(command, command with { ReasonText = "" }, 4);

    [Property]
    public void End_file(EndFile command)
    {
        var fitting = new EndFile(command.RecordCount % 1_000_000_000, command.UnitCount % 1_000_000_000_000);
        RoundTrip(fitting, fitting, 22);
    }

    [Property]
    public void End_file_negative_answer(EndFileNegativeAnswer command) =>
        RoundTrip(command, command with { ReasonText = "" }, 3);

    [Property]
    public void End_session(EndSession command) => RoundTrip(command, command with { ReasonText = "" }, 4);

    [Property]
    public void End_to_end_response(EndToEndResponse command)
    {
        var unsigned = command with { Hash = ReadOnlyMemory<byte>.Empty, Signature = ReadOnlyMemory<byte>.Empty };
        RoundTrip(unsigned, unsigned, 106);
    }

    [Property]
    public void Negative_end_response(NegativeEndResponse command)
    {
        var unsigned = command with { Hash = ReadOnlyMemory<byte>.Empty, Signature = ReadOnlyMemory<byte>.Empty };
        RoundTrip(unsigned, unsigned with { ReasonText = "" }, 128);
    }

    [Fact]
    public void Secure_authentication_commands_do_not_exist()
    {
        var error = Expect.Throws<OdetteProtocolException>(() => CommandDecoder.Decode("J"u8, Level), "SECD at level 4");
        Expect.Equal(Connectors.Oftp2.Protocol.Reasons.EndSessionReason.CommandNotRecognised, error.Reason, "ESID reason for SECD at level 4");
        Expect.Throws<ArgumentException>(() => CommandEncoder.Encode(SecurityChangeDirection.Instance, Level), "encoding SECD at level 4");
    }

    [Fact]
    public void Security_fields_cannot_be_encoded()
    {
        var secured = SampleCommands.StartFile with { Security = SecurityLevel.Signed, CipherSuite = CipherSuite.Aes256RsaSha256, Enveloping = FileEnveloping.Cms };
        Expect.Throws<ArgumentException>(() => CommandEncoder.Encode(secured, Level), "a secured SFID at level 4");
        var signed = SampleCommands.EndToEndResponse with { Signature = new byte[] { 1 } };
        Expect.Throws<ArgumentException>(() => CommandEncoder.Encode(signed, Level), "a signed EERP at level 4");
    }

    private static void RoundTrip(OdetteCommand command, OdetteCommand expected, int length)
    {
        var encoded = CommandEncoder.Encode(command, Level);
        Expect.Equal(length, encoded.Length, $"{command.Code.GetName()} length at level 4");
        var decoded = CommandDecoder.Decode(encoded, Level);
        Assert.True(expected.Equals(decoded), $"{command.Code.GetName()} at level 4 decoded as {decoded}, expected {expected}");
        Expect.SameOctets(encoded, CommandEncoder.Encode(decoded, Level), $"{command.Code.GetName()} at level 4 encoded again");
    }
}
