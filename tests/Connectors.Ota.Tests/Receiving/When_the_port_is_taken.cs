using System.Net;
using System.Net.Sockets;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Errors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_the_port_is_taken
{
    [Fact]
    public async Task The_receiver_fails_to_start_with_a_configuration_error_naming_the_port()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var operations = new InMemoryOperationsStore();
        operations.Set(TestAccounts.AccountProfile, new Profiles.OtaProfile { Username = TestAccounts.Username, Password = Sdk.Secrets.SecretValue.From(TestAccounts.Password) });
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var receiver = new OtaReceiver(operations, services, services.GetRequiredService<ILoggerFactory>());

        var failure = await Record.ExceptionAsync(() => receiver.RunAsync(
            new OtaReceiverProperties { ListenAddress = "127.0.0.1", Port = port, Accounts = [TestAccounts.AccountProfile] },
            new RecordingSink(),
            CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.True(failure is ConnectorException { Kind: ConnectorErrorKind.Configuration }, $"listening on a taken port ended in {failure?.GetType().Name}: {failure?.Message}");
        Assert.True(((ConnectorException)failure!).PropertyKeys.Contains("/port"), "the failure does not point at the port");
    }
}
