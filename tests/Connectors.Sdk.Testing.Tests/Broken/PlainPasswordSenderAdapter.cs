using Connectors.Sdk.Conformance;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Profiles;
using Connectors.SamplePlugin;
using Connectors.Sdk.Testing.Tests.Adapters;
using static Connectors.Sdk.Testing.Tests.Adapters.SampleCredentialsForTests;

namespace Connectors.Sdk.Testing.Tests.Broken;

/// <summary>Registers the sender whose profile keeps its password as plain text.</summary>
public sealed class PlainPasswordSenderAdapter : SampleSenderAdapter
{
    public override string ConnectorId => "plain-password-sender";

    public override void Register(ConnectorsBuilder connectors) =>
        connectors.AddSender<PlainPasswordSender, SampleSenderProperties>().AddProfileType<PlainPasswordProfile>();

    public override ConnectionProfile CreateProfile(PartnerProfileRequest request) => new PlainPasswordProfile
    {
        Host = request.Endpoint.Address.ToString(),
        Password = request.WrongCredentials ? WrongPassword : Password,
    };
}
