using Connectors.Oftp2.Profiles;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd.Fixtures;

/// <summary>
/// The interop client as sender and the interop server twice as receiver, once over TCP and once over TLS, each
/// with its certificates in its profile; shared by the cases of a theory, which each agree their own services.
/// </summary>
public sealed class SecuredTransferSites : IAsyncLifetime
{
    public const string Tcp = "TCP";
    public const string Tls = "TLS";

    internal Oftp2Site Sender { get; } = Oftp2Site.Create(InteropCertificates.ClientCode);

    internal Oftp2Site OverTcp { get; } = Oftp2Site.Create(InteropCertificates.ServerCode);

    internal Oftp2Site OverTls { get; } = Oftp2Site.Create(InteropCertificates.ServerCode);

    internal RecordingSink TcpSink { get; private set; } = null!;

    internal RecordingSink TlsSink { get; private set; } = null!;

    private TestCertificates _tlsServer = null!;

    public async Task InitializeAsync()
    {
        _tlsServer = TestCertificates.Create(Path.Combine(OverTls.Root, "tls"));
        await OverTcp.StartReceiverAsync(wrapSink: sink => TcpSink = new RecordingSink(sink));
        await OverTls.StartReceiverAsync(
            extraProperties: new JObject { ["tlsCertificate"] = _tlsServer.CertificatePath, ["tlsKeyFile"] = _tlsServer.KeyPath },
            wrapSink: sink => TlsSink = new RecordingSink(sink));
        OverTcp.Onboard("client", Sender, reachable: false, extra: SecurityAgreements.ServerSide());
        OverTls.Onboard("client", Sender, reachable: false, extra: SecurityAgreements.ServerSide());
    }

    /// <summary>Writes the sender's profile of the receiver over <paramref name="transport"/> with <paramref name="settings"/>; returns the profile name.</summary>
    internal string Agree(string transport, JObject settings)
    {
        var extra = SecurityAgreements.ClientSide(settings);
        var receiver = transport == Tls ? OverTls : OverTcp;
        if (transport == Tls)
        {
            extra["tls"] = new JObject { ["enabled"] = true, ["trustedCertificates"] = new JArray(_tlsServer.CertificatePath) };
        }

        var name = "server-" + transport.ToLowerInvariant();
        Sender.Onboard(name, receiver, reachable: true, extra: extra);
        return name;
    }

    internal static string SuiteName(int suite) => ((Oftp2CipherSuite)suite).ToString();

    public async Task DisposeAsync()
    {
        await Sender.DisposeAsync();
        await OverTcp.DisposeAsync();
        await OverTls.DisposeAsync();
    }
}
