using Connectors.SamplePlugin;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;
using static Connectors.Sdk.Testing.Tests.Adapters.SampleCredentialsForTests;

namespace Connectors.Sdk.Testing.Tests.Adapters;

/// <summary>How the conformance kit runs the sample receiver: listening on a free port of 127.0.0.1.</summary>
public sealed class SampleReceiverAdapter : ConnectorConformanceAdapter
{
    public override string ConnectorId => "sample-receiver";

    public override IReadOnlyList<string> SecretValues => [Password, WrongPassword];

    public override void Register(ConnectorsBuilder connectors) => connectors.AddModule(new SamplePluginModule());

    public override object ValidProperties(string profileName) => new SampleReceiverProperties
    {
        ListenAddress = "127.0.0.1",
        Port = LoopbackEndpoints.Unused().Port,
        ConnectionName = profileName,
    };

    public override ConnectionProfile CreateProfile(PartnerProfileRequest request) => new SampleProfile
    {
        Host = "127.0.0.1",
        User = User,
        Password = SecretValue.From(request.WrongCredentials ? WrongPassword : Password),
        Network = request.Network,
    };
}
