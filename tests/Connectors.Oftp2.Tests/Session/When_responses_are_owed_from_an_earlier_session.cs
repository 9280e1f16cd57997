using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// EERPs and NERPs owed from earlier sessions go first when a side speaks, each confirmed by an RTR before the next
/// command (RFC 5024 §4.3.8), even when there is no file at all.
/// </summary>
public sealed class When_responses_are_owed_from_an_earlier_session
{
    [Fact]
    public async Task Each_response_is_delivered_and_confirmed()
    {
        var timestamp = VirtualFileTimestamp.From(new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc));
        var client = Parties.Client();
        client.Owe(new EndToEndResponse { DatasetName = "OLD-OK.BIN", Timestamp = timestamp, Destination = Parties.ServerCode, Originator = Parties.ClientCode });
        client.Owe(new NegativeEndResponse
        {
            DatasetName = "OLD-BAD.BIN",
            Timestamp = timestamp,
            Destination = Parties.ServerCode,
            Originator = Parties.ClientCode,
            Creator = Parties.ClientCode,
            Reason = NegativeEndResponseReason.FileProcessingFailed,
            ReasonText = "could not be processed",
        });
        var server = Parties.Server();

        var (initiator, responder) = await LoopbackSession.RunAsync(Parties.ClientOffer, client, Parties.Directory(server));

        Expect.Normal(initiator, "initiator");
        Expect.Normal(responder, "responder");
        var received = server.ResponsesReceived.ToList();
        Assert.True(received is [EndToEndResponse { DatasetName: "OLD-OK.BIN" }, NegativeEndResponse { DatasetName: "OLD-BAD.BIN", Reason: NegativeEndResponseReason.FileProcessingFailed }], $"the responder got [{string.Join(", ", received)}]");
        var delivered = client.Journal.Where(entry => entry.StartsWith("ResponseDelivered", StringComparison.Ordinal)).ToList();
        Assert.True(delivered is ["ResponseDelivered EERP OLD-OK.BIN", "ResponseDelivered NERP OLD-BAD.BIN"], $"confirmed by RTR: [{string.Join(", ", delivered)}]");
    }
}
