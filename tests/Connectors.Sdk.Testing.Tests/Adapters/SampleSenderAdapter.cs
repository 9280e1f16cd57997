using System.Net;
using Connectors.SamplePlugin;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;
using Connectors.Sdk.Testing.Tests.Fixtures;
using static Connectors.Sdk.Testing.Tests.Adapters.SampleCredentialsForTests;

namespace Connectors.Sdk.Testing.Tests.Adapters;

/// <summary>How the conformance kit runs the sample sender: against a real sample receiver on 127.0.0.1.</summary>
public class SampleSenderAdapter : SenderConformanceAdapter
{
    public override string ConnectorId => "sample-sender";

    public override IReadOnlyList<string> SecretValues => [Password, WrongPassword];

    public override void Register(ConnectorsBuilder connectors) => connectors.AddModule(new SamplePluginModule());

    public override object ValidProperties(string profileName) => new SampleSenderProperties
    {
        ConnectionName = profileName,
        FileName = "conformance.txt",
        Description = "Sent by the conformance kit",
    };

    public override ConnectionProfile CreateProfile(PartnerProfileRequest request) => new SampleProfile
    {
        Host = request.Endpoint.Address.ToString(),
        Port = request.Endpoint.Port,
        User = User,
        Password = SecretValue.From(request.WrongCredentials ? WrongPassword : Password),
        Network = request.Network,
    };

    public override async Task<IPEndPoint> StartPartnerAsync(CancellationToken cancellationToken) =>
        Own(await RunningSampleReceiver.StartAsync(new RecordingSink(), User, Password, cancellationToken)).Endpoint;
}
