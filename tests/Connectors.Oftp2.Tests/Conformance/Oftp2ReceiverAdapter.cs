using Connectors.Oftp2.Profiles;
using Connectors.Oftp2.Receiving;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;
using static Connectors.Oftp2.Tests.Conformance.Oftp2Identities;

namespace Connectors.Oftp2.Tests.Conformance;

/// <summary>How the conformance kit runs the OFTP2 receiver: listening on a free port of 127.0.0.1.</summary>
public sealed class Oftp2ReceiverAdapter : ConnectorConformanceAdapter
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "oftp2-kit-" + Guid.NewGuid().ToString("N"));

    public override string ConnectorId => "oftp2-receiver";

    public override IReadOnlyList<string> SecretValues => [OurPassword, WrongPassword, PartnerPassword];

    public override void Register(ConnectorsBuilder connectors) => connectors.UseSqliteState(_state).AddOftp2();

    public override object ValidProperties(string profileName) => new Oftp2ReceiverProperties
    {
        ListenAddress = "127.0.0.1",
        Port = LoopbackEndpoints.Unused().Port,
        Partners = [profileName],
    };

    public override ConnectionProfile CreateProfile(PartnerProfileRequest request) => new Oftp2Profile
    {
        LocalCode = OurCode,
        LocalPassword = SecretValue.From(request.WrongCredentials ? WrongPassword : OurPassword),
        PartnerCode = PartnerCode,
        PartnerPassword = SecretValue.From(PartnerPassword),
        Network = request.Network,
    };

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }
}
