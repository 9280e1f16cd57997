using Connectors.Ota.Profiles;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;

namespace Connectors.Ota.Tests.Adapters;

/// <summary>How the conformance kit runs the OTA receiver: on a free port of 127.0.0.1, accepting one account.</summary>
public sealed class OtaReceiverAdapter : ConnectorConformanceAdapter
{
    public override string ConnectorId => "ota-receiver";

    public override IReadOnlyList<string> SecretValues => [TestAccounts.Password, TestAccounts.WrongPassword];

    public override void Register(ConnectorsBuilder connectors) => connectors.AddOta();

    public override object ValidProperties(string profileName) => new OtaReceiverProperties
    {
        ListenAddress = "127.0.0.1",
        Port = LoopbackEndpoints.Unused().Port,
        Accounts = [profileName],
    };

    public override ConnectionProfile CreateProfile(PartnerProfileRequest request) => new OtaProfile
    {
        Username = TestAccounts.Username,
        Password = SecretValue.From(request.WrongCredentials ? TestAccounts.WrongPassword : TestAccounts.Password),
    };
}
