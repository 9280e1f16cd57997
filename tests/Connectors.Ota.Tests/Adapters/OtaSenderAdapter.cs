using System.Net;
using Connectors.Ota.Profiles;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Receiving;
using Connectors.Ota.Sending;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Hosting.State.Sqlite;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;
using Connectors.Sdk.State;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Ota.Tests.Adapters;

/// <summary>
/// How the conformance kit runs the OTA sender: registered with <c>AddOta()</c> over an SQLite state store,
/// posting HTTP-OXTA to a real OTA receiver on 127.0.0.1.
/// </summary>
public sealed class OtaSenderAdapter : SenderConformanceAdapter
{
    private readonly TemporaryFolder _folder = new();

    public override string ConnectorId => "ota-sender";

    public override IReadOnlyList<string> SecretValues => [TestAccounts.Password, TestAccounts.WrongPassword];

    public override void Register(ConnectorsBuilder connectors) => connectors.AddOta();

    public override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IStateStore>(_ => SqliteStateStore.OpenAsync(new SqliteStateStoreOptions
        {
            DatabasePath = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N"), "state.db"),
        }).GetAwaiter().GetResult());

    public override object ValidProperties(string profileName) => SendingSide.Properties with { ConnectionName = profileName };

    public override ConnectionProfile CreateProfile(PartnerProfileRequest request) => new OtaProfile
    {
        ProtocolAddress = $"http://{request.Endpoint}{OtaReceiverProperties.DefaultPath}",
        ProtocolType = OtaProtocolType.HttpOxta,
        Username = TestAccounts.Username,
        Password = SecretValue.From(request.WrongCredentials ? TestAccounts.WrongPassword : TestAccounts.Password),
        Network = request.Network,
    };

    public override async Task<IPEndPoint> StartPartnerAsync(CancellationToken cancellationToken) =>
        Own(await RunningOtaReceiver.StartAsync()).Endpoint;

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _folder.Dispose();
    }
}
