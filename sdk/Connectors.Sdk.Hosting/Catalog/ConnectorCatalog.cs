using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Sdk.Hosting.Catalog;

/// <summary>The registered connectors and profile types: what a designer lists and a host runs.</summary>
public sealed class ConnectorCatalog
{
    private readonly IServiceProvider _services;
    private readonly IReadOnlyList<ConnectorRegistration> _registrations;

    public ConnectorCatalog(IServiceProvider services, IEnumerable<ConnectorRegistration> registrations, IEnumerable<ProfileTypeRegistration> profileTypes)
    {
        _services = services;
        _registrations = registrations.ToList();
        ProfileTypes = profileTypes
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);
    }

    /// <summary>Every connector's descriptor, ordered by id.</summary>
    public IReadOnlyList<ConnectorDescriptor> Descriptors =>
        _registrations.Select(r => Resolve(r).Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    /// <summary>Profile record types by their <c>type</c> id.</summary>
    public IReadOnlyDictionary<string, Type> ProfileTypes { get; }

    /// <summary>The connector with <paramref name="id"/>; an unknown id is a configuration error listing the known ids.</summary>
    public (ConnectorRegistration Registration, IConnector Connector) Get(string id)
    {
        foreach (var registration in _registrations)
        {
            var connector = Resolve(registration);
            if (string.Equals(connector.Descriptor.Id, id, StringComparison.Ordinal))
            {
                return (registration, connector);
            }
        }

        var known = string.Join(", ", Descriptors.Select(d => d.Id));
        throw new ConnectorException(
            ConnectorErrorKind.Configuration,
            $"no connector is registered as '{id}'; known connectors: {(known.Length == 0 ? "none" : known)}");
    }

    internal IConnector Resolve(ConnectorRegistration registration) =>
        (IConnector)_services.GetRequiredService(registration.ImplementationType);
}
