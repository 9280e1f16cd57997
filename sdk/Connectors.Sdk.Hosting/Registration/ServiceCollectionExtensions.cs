using Connectors.Sdk.Hosting.Catalog;
using Connectors.Sdk.Hosting.Running;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Connectors.Sdk.Hosting.Registration;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the connector catalog and runner; <paramref name="configure"/> adds connectors
    /// (<c>c => c.AddOftp2()</c>), profile types and stores.
    /// </summary>
    public static IServiceCollection AddConnectors(this IServiceCollection services, Action<ConnectorsBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddLogging();
        services.TryAddSingleton<ConnectorCatalog>();
        services.TryAddSingleton<ConnectorRunner>();
        configure(new ConnectorsBuilder(services));
        return services;
    }

    /// <summary>Registers the module (a connector package's entry point) with the builder.</summary>
    public static ConnectorsBuilder AddModule(this ConnectorsBuilder builder, IConnectorModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        module.Register(builder);
        return builder;
    }
}
