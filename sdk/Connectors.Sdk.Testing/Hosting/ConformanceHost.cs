using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Catalog;
using Connectors.Sdk.Hosting.Json;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Hosting.Running;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Connectors.Sdk.Conformance;

/// <summary>
/// A host as a platform would build it around one adapter: the connector registered with DI, an
/// operations store the checks fill, and every log line captured. Connectors run through the
/// <see cref="ConnectorRunner"/>, from JSON properties, exactly as a host runs them.
/// </summary>
public sealed class ConformanceHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly ConnectorRunner _runner;

    private ConformanceHost(
        ServiceProvider services,
        (ConnectorRegistration Registration, IConnector Connector) found,
        InMemoryOperationsStore operations,
        CapturingLoggerProvider logs)
    {
        _services = services;
        _runner = services.GetRequiredService<ConnectorRunner>();
        Catalog = services.GetRequiredService<ConnectorCatalog>();
        (Registration, Connector) = found;
        ConnectorId = Connector.Descriptor.Id;
        Operations = operations;
        Logs = logs;
    }

    public string ConnectorId { get; }

    public IServiceProvider Services => _services;

    public ConnectorCatalog Catalog { get; }

    public ConnectorRegistration Registration { get; }

    public IConnector Connector { get; }

    public ConnectorDescriptor Descriptor => Connector.Descriptor;

    public InMemoryOperationsStore Operations { get; }

    public CapturingLoggerProvider Logs { get; }

    /// <summary>Builds the host around <paramref name="adapter"/>'s registration.</summary>
    public static ConformanceHost Start(ConnectorConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var operations = new InMemoryOperationsStore();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddConnectors(adapter.Register);
        adapter.ConfigureServices(services);

        // Added last so they win over anything the adapter registered: the checks must see every
        // log line and decide every profile.
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSingleton<IOperationsStore>(operations);
        var provider = services.BuildServiceProvider();
        try
        {
            return new ConformanceHost(provider, provider.GetRequiredService<ConnectorCatalog>().Get(adapter.ConnectorId), operations, logs);
        }
        catch (ConnectorException e)
        {
            provider.Dispose();
            Assert.Fail($"{adapter.ConnectorId}: the adapter's registration does not register it: {e.Message}");
            throw;
        }
    }

    /// <summary>Stores <paramref name="profile"/> as <paramref name="name"/> (nothing when null); returns the name.</summary>
    public string UseProfile(string name, ConnectionProfile? profile)
    {
        if (profile is not null)
        {
            Operations.Set(name, profile);
        }

        return name;
    }

    public Task<SendReceipt> SendAsync(object properties, ConnectorMessage message, CancellationToken cancellationToken) =>
        _runner.SendAsync(ConnectorId, ToJson(properties), message, cancellationToken);

    public Task ReceiveAsync(object properties, IMessageSink sink, CancellationToken cancellationToken) =>
        _runner.ReceiveAsync(ConnectorId, ToJson(properties), sink, cancellationToken);

    /// <summary>Properties as a designer would save them.</summary>
    public static JObject ToJson(object properties) => JObject.FromObject(properties, ConnectorJson.Serializer);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
