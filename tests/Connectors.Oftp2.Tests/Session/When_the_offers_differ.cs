using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// Both sides agree on the same values from different SSIDs (RFC 5024 §5.3.2): the lower buffer size and credit,
/// buffer compression and restart only when both say Y.
/// </summary>
public sealed class When_the_offers_differ
{
    [Fact]
    public async Task The_lowest_values_win_and_options_need_both()
    {
        var client = Parties.Client();
        client.Send("NEGOTIATED.BIN", Payloads.WithRuns(40_000, seed: 3), Parties.ServerCode);
        var server = Parties.Server();

        var (initiator, responder) = await LoopbackSession.RunAsync(
            Parties.ClientOffer with { BufferSize = 99999, Credit = 999, BufferCompression = true, Restart = true },
            client,
            Parties.Directory(server, Parties.ServerOffer with { BufferSize = 2048, Credit = 7, BufferCompression = true, Restart = false }));

        Expect.Normal(initiator, "initiator");
        Expect.Normal(responder, "responder");
        foreach (var (side, agreed) in new[] { ("initiator", client.Negotiated), ("responder", server.Negotiated) })
        {
            Assert.True(agreed is { BufferSize: 2048, Credit: 7, BufferCompression: true, Restart: false }, $"{side} agreed {agreed}");
        }

        Assert.True(client.Negotiated!.PartnerCode == Parties.ServerCode && server.Negotiated!.PartnerCode == Parties.ClientCode, "each side knows the other's code");
        Assert.True(server.Received.ContainsKey("NEGOTIATED.BIN"), "the file arrived on the agreed terms");
    }
}
