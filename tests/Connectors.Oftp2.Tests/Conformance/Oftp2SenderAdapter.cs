using System.Net;
using Connectors.Oftp2.Profiles;
using Connectors.Oftp2.Sending;
using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;
using Newtonsoft.Json.Linq;
using static Connectors.Oftp2.Tests.Conformance.Oftp2Identities;

namespace Connectors.Oftp2.Tests.Conformance;

/// <summary>How the conformance kit runs the OFTP2 sender: against a real OFTP2 receiver on 127.0.0.1.</summary>
public sealed class Oftp2SenderAdapter : SenderConformanceAdapter
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "oftp2-kit-" + Guid.NewGuid().ToString("N"));

    public override string ConnectorId => "oftp2-sender";

    public override IReadOnlyList<string> SecretValues => [OurPassword, WrongPassword, PartnerPassword];

    public override void Register(ConnectorsBuilder connectors) => connectors.UseSqliteState(_state).AddOftp2();

    public override object ValidProperties(string profileName) => new Oftp2SenderProperties
    {
        ConnectionName = profileName,
        FileName = "CONFORMANCE",
        FileDescription = "Sent by the conformance kit",
    };

    public override ConnectionProfile CreateProfile(PartnerProfileRequest request) => new Oftp2Profile
    {
        LocalCode = OurCode,
        LocalPassword = SecretValue.From(request.WrongCredentials ? WrongPassword : OurPassword),
        PartnerCode = PartnerCode,
        PartnerPassword = SecretValue.From(PartnerPassword),
        Host = request.Endpoint.Address.ToString(),
        Port = request.Endpoint.Port,
        Network = request.Network,
    };

    public override async Task<IPEndPoint> StartPartnerAsync(CancellationToken cancellationToken)
    {
        var partner = Own(new PartnerSite());
        await partner.StartAsync();
        return new IPEndPoint(IPAddress.Loopback, partner.Site.Port);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    /// <summary>A real OFTP2 receiver that knows the kit's identity and password.</summary>
    private sealed class PartnerSite : IAsyncDisposable
    {
        public Oftp2Site Site { get; } = Oftp2Site.Create(PartnerCode);

        public async Task StartAsync()
        {
            await Site.StartReceiverAsync();
            File.WriteAllText(Path.Combine(Site.Profiles, "kit.json"), new JObject
            {
                ["type"] = "oftp2",
                ["localCode"] = PartnerCode,
                ["localPassword"] = PartnerPassword,
                ["partnerCode"] = OurCode,
                ["partnerPassword"] = OurPassword,
            }.ToString());
            Site.Reload();
        }

        public ValueTask DisposeAsync() => Site.DisposeAsync();
    }
}
