using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// An EFNA refuses a file after its data (RFC 5024 §4.5.1, §5.3.10): the speaker hears the reason in
/// FileEndedAsync, the turn is not exchanged (§3.3.4.2 rule 1), and the session goes on to a normal end.
/// </summary>
public sealed class When_the_listener_refuses_the_end_of_a_file
{
    [Fact]
    public async Task The_speaker_gets_the_efna_and_the_session_goes_on()
    {
        var client = Parties.Client();
        var server = Parties.Server();
        server.OnReceived = (file, _) => file.StartFile.DatasetName == "BAD.BIN"
            ? new EndFileDecision.Refuse(EndFileNegativeReason.InvalidFileSignature, "signature does not verify")
            : null;
        client.Send("BAD.BIN", Payloads.Random(30_000, seed: 7), Parties.ServerCode);
        client.Send("GOOD.BIN", Payloads.Random(3_000, seed: 8), Parties.ServerCode);

        var (initiator, responder) = await LoopbackSession.RunAsync(Parties.ClientOffer, client, Parties.Directory(server));

        Expect.Normal(initiator, "initiator");
        Expect.Normal(responder, "responder");
        var answer = client.SendResults.GetValueOrDefault("BAD.BIN") as EndFileNegativeAnswer;
        Assert.True(answer is { Reason: EndFileNegativeReason.InvalidFileSignature }, $"the speaker got {answer}, EFNA 21 expected");
        Expect.Journaled(client, "FileEnded BAD.BIN EFNA", "FileEndedAsync reported the EFNA");
        Expect.Journaled(client, "FileEnded GOOD.BIN EFPA", "the next file was accepted");
        Assert.True(initiator.Outcome!.FilesSent == 1 && responder.Outcome!.FilesReceived == 1, $"files sent {initiator.Outcome.FilesSent} and received {responder.Outcome!.FilesReceived}, one each expected");
    }
}
