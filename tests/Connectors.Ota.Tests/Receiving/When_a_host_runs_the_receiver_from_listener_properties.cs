using Connectors.Ota.Profiles;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Hosting.Running;
using Connectors.Sdk.Hosting.Sinks;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;
using Connectors.Sdk.State;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_a_host_runs_the_receiver_from_listener_properties
{
    [Fact]
    public async Task The_properties_bind_from_JSON_and_documents_land_in_the_listeners_folder()
    {
        using var folder = new TemporaryFolder();
        var operations = new InMemoryOperationsStore();
        operations.Set(TestAccounts.AccountProfile, new OtaProfile { Username = TestAccounts.Username, Password = SecretValue.From(TestAccounts.Password) });
        var services = new ServiceCollection();
        services.AddConnectors(connectors => connectors.AddOta().UseSqliteState(folder.Combine("state")));
        services.AddSingleton<IOperationsStore>(operations);
        await using var provider = services.BuildServiceProvider();
        var port = LoopbackEndpoints.Unused().Port;

        // As a listener file of `connectors serve` holds them.
        var properties = JObject.Parse($$"""{ "listenAddress": "127.0.0.1", "port": {{port}}, "path": "/ota", "accounts": ["{{TestAccounts.AccountProfile}}"], "maxContentBytes": 1048576 }""");
        var state = provider.GetRequiredService<IStateStore>();
        var sink = await FolderSink.OpenAsync(folder.Combine("inbound"), "ota-receiver", state.Inbox, CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var running = provider.GetRequiredService<ConnectorRunner>().ReceiveAsync("ota-receiver", properties, sink, stop.Token);
        try
        {
            // The receiver starts while the sender tries; the sender's retries cover the start-up.
            await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(new Uri($"http://127.0.0.1:{port}/ota"), OtaProtocolType.HttpOxta, new NetworkSettings { MaxAttempts = 5, InitialBackoffSeconds = 0.1, MaxBackoffSeconds = 0.2 }));

            var receipt = await sending.SendAsync("<PO>from serve</PO>", headers: new Dictionary<string, string> { ["MESSAGE_ID"] = "MSG-SERVE-1" });

            Assert.True(receipt.Status == ReceiptStatus.Delivered, $"the document was {receipt.Status} ({receipt.ReasonCode} {receipt.Reason})");
            var stored = Path.Combine(folder.Path, "inbound", TestAccounts.AccountProfile, "MSG-SERVE-1.xml");
            Assert.True(File.Exists(stored), $"the document is not in the listener's folder as {stored}");
            Assert.True(File.Exists(Path.Combine(folder.Path, "state", "ota-audit.db")), "the audit log is not beside the state store");
        }
        finally
        {
            await stop.CancelAsync();
            await running;
        }
    }
}
