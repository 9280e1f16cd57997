using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd.Fixtures;

/// <summary>
/// A sending and a receiving site with a <see cref="CuttingRelay"/> between them: the receiver listens, the
/// sender's profile points at the relay, so a test decides which connection is cut where.
/// </summary>
internal sealed class RelayedSites : IAsyncDisposable
{
    private RelayedSites()
    {
    }

    public Oftp2Site Sender { get; } = Oftp2Site.Create("O0013000000SENDER");

    public Oftp2Site Receiver { get; } = Oftp2Site.Create("O0013000000RECVR");

    public CuttingRelay Relay { get; private set; } = null!;

    /// <param name="senderProfile">More of the sender's profile for the receiver (session, network), beside the relay's port.</param>
    public static async Task<RelayedSites> StartAsync(JObject? senderProfile = null)
    {
        var sites = new RelayedSites();
        await sites.Receiver.StartReceiverAsync();
        sites.Receiver.Onboard("sender-site", sites.Sender, reachable: false);
        sites.Relay = new CuttingRelay(sites.Receiver.Port);
        var extra = senderProfile is null ? new JObject() : (JObject)senderProfile.DeepClone();
        extra["port"] = sites.Relay.Port;
        sites.Sender.Onboard("receiver-site", sites.Receiver, reachable: true, extra: extra);
        return sites;
    }

    public async ValueTask DisposeAsync()
    {
        await Relay.DisposeAsync();
        await Sender.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
