using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// An SFNA refuses one file before its data (RFC 5024 §4.3.2, §5.3.5): the speaker is told, the turn stays, the
/// next file goes on, and the session ends normally.
/// </summary>
public sealed class When_the_listener_refuses_a_file
{
    [Fact]
    public async Task The_speaker_learns_why_and_sends_the_next_file()
    {
        var client = Parties.Client();
        var server = Parties.Server();
        server.OnOffer = startFile => startFile.DatasetName == "DUPLICATE.BIN"
            ? new InboundFileDecision.Refuse(StartFileNegativeReason.DuplicateFile, "seen before", RetryLater: false)
            : null;
        client.Send("DUPLICATE.BIN", Payloads.Random(9_000, seed: 1), Parties.ServerCode);
        client.Send("NEW.BIN", Payloads.Random(9_000, seed: 2), Parties.ServerCode);

        var (initiator, responder) = await LoopbackSession.RunAsync(Parties.ClientOffer, client, Parties.Directory(server));

        Expect.Normal(initiator, "initiator");
        Expect.Normal(responder, "responder");
        var refusal = client.SendResults.GetValueOrDefault("DUPLICATE.BIN") as StartFileNegativeAnswer;
        Assert.True(refusal is { Reason: StartFileNegativeReason.DuplicateFile, RetryLater: false, ReasonText: "seen before" }, $"the speaker got {refusal}, SFNA 13 without retry expected");
        Expect.Journaled(client, "FileRefused DUPLICATE.BIN 13", "FileRefusedAsync was called");
        Assert.True(server.Received.ContainsKey("NEW.BIN"), "the file after the refused one arrived");
        Assert.False(server.Received.ContainsKey("DUPLICATE.BIN"), "the refused file did not arrive");
        Assert.True(initiator.Outcome!.FilesSent == 1, $"initiator counted {initiator.Outcome.FilesSent} files sent, 1 expected");
    }
}
