using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// DATA buffer compression (RFC 5024 §7.2) is used only when both SSIDs say SSIDCMPR Y; either way the file arrives
/// whole, and with it a file of long runs takes far fewer octets on the wire.
/// </summary>
public sealed class When_buffer_compression_is_agreed
{
    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, false)]
    public async Task It_is_used_only_when_both_offer_it(bool initiatorOffers, bool responderOffers, bool agreed)
    {
        var content = Payloads.WithRuns(200_000, seed: 9);
        var client = Parties.Client();
        var server = Parties.Server();
        client.Send("RUNS.BIN", content, Parties.ServerCode);
        CountingStream? wire = null;

        var (initiator, responder) = await LoopbackSession.RunAsync(
            Parties.ClientOffer with { BufferCompression = initiatorOffers },
            client,
            Parties.Directory(server, Parties.ServerOffer with { BufferCompression = responderOffers }),
            wrapInitiatorStream: stream => wire = new CountingStream(stream));

        Expect.Normal(initiator, "initiator");
        Expect.Normal(responder, "responder");
        Assert.True(client.Negotiated?.BufferCompression == agreed, $"initiator agreed compression {client.Negotiated?.BufferCompression}, {agreed} expected");
        Assert.True(server.Negotiated?.BufferCompression == agreed, $"responder agreed compression {server.Negotiated?.BufferCompression}, {agreed} expected");
        Assert.True(server.Received.TryGetValue("RUNS.BIN", out var file), "the file did not arrive");
        Expect.SameContent(content, file.Content, "file sent with compression " + agreed);
        var limit = agreed ? content.Length / 2 : content.Length;
        Assert.True(agreed ? wire!.Written < limit : wire!.Written > limit, $"the initiator wrote {wire.Written} octets for a {content.Length}-octet file with compression {agreed}");
    }
}
