using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Tests.Protocol.Support;
using FsCheck.Xunit;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// Any valid command encodes (OFTP 2.0 layout) and decodes back to itself, and its octets encode again unchanged.
/// </summary>
[Properties(Arbitrary = [typeof(CommandGenerators)], MaxTest = 200)]
public sealed class When_round_tripping_commands
{
    [Property]
    public void Start_session(StartSession command) => RoundTrip(command);

    [Property]
    public void Start_file(StartFile command) => RoundTrip(command);

    [Property]
    public void Start_file_positive_answer(StartFilePositiveAnswer command) => RoundTrip(command);

    [Property]
    public void Start_file_negative_answer(StartFileNegativeAnswer command) => RoundTrip(command);

    [Property]
    public void End_file(EndFile command) => RoundTrip(command);

    [Property]
    public void End_file_positive_answer(EndFilePositiveAnswer command) => RoundTrip(command);

    [Property]
    public void End_file_negative_answer(EndFileNegativeAnswer command) => RoundTrip(command);

    [Property]
    public void End_session(EndSession command) => RoundTrip(command);

    [Property]
    public void End_to_end_response(EndToEndResponse command) => RoundTrip(command);

    [Property]
    public void Negative_end_response(NegativeEndResponse command) => RoundTrip(command);

    [Property]
    public void Authentication_challenge(AuthenticationChallenge command) => RoundTrip(command);

    [Property]
    public void Authentication_response(AuthenticationResponse command) => RoundTrip(command);

    [Property]
    public void Data_exchange_buffer(byte[] payload, bool endOfRecord)
    {
        // Any octets become a valid DATA buffer once cut into subrecords.
        var builder = new Connectors.Oftp2.Protocol.Buffers.DataBufferBuilder(100_000 - 1, compression: false);
        Assert.True(builder.TryAppend(payload, endOfRecord, out _), "the payload fits one large buffer");
        RoundTrip(new DataExchangeBuffer(builder.ExchangeBuffer[1..].ToArray()));
    }

    [Fact]
    public void Commands_without_parameters()
    {
        foreach (OdetteCommand command in new OdetteCommand[]
                 {
                     StartSessionReadyMessage.Instance, SecurityChangeDirection.Instance, SetCredit.Instance,
                     ChangeDirection.Instance, ReadyToReceive.Instance,
                 })
        {
            RoundTrip(command);
        }
    }

    private static void RoundTrip(OdetteCommand command)
    {
        var encoded = CommandEncoder.Encode(command);
        var decoded = CommandDecoder.Decode(encoded);
        Assert.True(command.Equals(decoded), $"{command.Code.GetName()} decoded differs from the original: {decoded} instead of {command}");
        Expect.SameOctets(encoded, CommandEncoder.Encode(decoded), $"{command.Code.GetName()} encoded again");
    }
}
