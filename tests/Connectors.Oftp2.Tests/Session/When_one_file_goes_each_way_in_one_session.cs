using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// Initiator and responder each send a file in one session (RFC 5024 §3.3.4): the turn passes with EFPA CD and CD,
/// each side's EERP is confirmed by RTR, and the session ends with ESID 00 from the side that got the turn unasked.
/// </summary>
public sealed class When_one_file_goes_each_way_in_one_session
{
    [Fact]
    public async Task Both_files_arrive_and_both_eerps_are_confirmed()
    {
        var client = Parties.Client();
        var server = Parties.Server();
        var toServer = Payloads.Random(70_000, seed: 1);
        var toClient = Payloads.Text(120);
        client.Send("CLIENT-FILE.BIN", toServer, Parties.ServerCode);
        server.Send("SERVER-FILE.EDI", toClient, Parties.ClientCode, VirtualFileFormat.Text);

        var (initiator, responder) = await LoopbackSession.RunAsync(Parties.ClientOffer, client, Parties.Directory(server));

        var initiatorOutcome = initiator.Ended("initiator");
        var responderOutcome = responder.Ended("responder");
        Assert.True(initiatorOutcome.IsNormal, $"initiator outcome: ESID {initiatorOutcome.Reason} {initiatorOutcome.ReasonText}");
        Assert.True(responderOutcome.IsNormal, $"responder outcome: ESID {responderOutcome.Reason} {responderOutcome.ReasonText}");
        Assert.True(initiatorOutcome.EndedByPartner != responderOutcome.EndedByPartner, "exactly one side sends the closing ESID 00");
        Assert.True(initiatorOutcome.FilesSent == 1 && initiatorOutcome.FilesReceived == 1, $"initiator sent {initiatorOutcome.FilesSent} and received {initiatorOutcome.FilesReceived} files, one each expected");
        Assert.True(responderOutcome.FilesSent == 1 && responderOutcome.FilesReceived == 1, $"responder sent {responderOutcome.FilesSent} and received {responderOutcome.FilesReceived} files, one each expected");

        Assert.True(server.Received.TryGetValue("CLIENT-FILE.BIN", out var atServer), "the server received the client's file");
        Assert.True(toServer.AsSpan().SequenceEqual(atServer.Content), "the client's file arrived byte for byte");
        Assert.True(client.Received.TryGetValue("SERVER-FILE.EDI", out var atClient), "the client received the server's file");
        Assert.True(toClient.AsSpan().SequenceEqual(atClient.Content), "the server's file arrived byte for byte");

        Expect.Journaled(server, "ResponseReceived EERP SERVER-FILE.EDI", "the server got the client's EERP for its file");
        Expect.Journaled(client, "ResponseDelivered EERP SERVER-FILE.EDI", "the client's EERP was confirmed by RTR");
        Expect.Journaled(client, "ResponseReceived EERP CLIENT-FILE.BIN", "the client got the server's EERP for its file");
        Expect.Journaled(server, "ResponseDelivered EERP CLIENT-FILE.BIN", "the server's EERP was confirmed by RTR");
        var eerp = client.ResponsesReceived.Single() as EndToEndResponse;
        Assert.True(eerp is { Destination: Parties.ClientCode, Originator: Parties.ServerCode }, $"the EERP goes from the server to the client, got {eerp?.Originator} to {eerp?.Destination}");
        Assert.True(initiatorOutcome.Reason == EndSessionReason.NormalTermination, $"ESID reason {initiatorOutcome.Reason}, 00 expected");
    }
}
