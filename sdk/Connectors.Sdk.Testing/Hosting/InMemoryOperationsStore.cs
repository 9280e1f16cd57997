using System.Collections.Concurrent;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Schemas;
using Connectors.Sdk.Profiles;

namespace Connectors.Sdk.Conformance;

/// <summary>
/// An operations store held in memory, for tests: profiles are put in by code, and an unknown name or
/// a profile of another type fails the way the file store fails.
/// </summary>
public sealed class InMemoryOperationsStore : IOperationsStore
{
    private readonly ConcurrentDictionary<string, ProfileEntry> _entries = new(StringComparer.Ordinal);

    public event EventHandler? Changed;

    public IReadOnlyList<Finding> Refused => [];

    /// <summary>Adds or replaces the profile named <paramref name="name"/>.</summary>
    public void Set(string name, ConnectionProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _entries[name] = new ProfileEntry(name, ConnectorSchemaGenerator.ProfileTypeId(profile.GetType()), profile, "memory:" + name);
        Changed?.Invoke(this, EventArgs.Empty);
    }

    public IReadOnlyList<ProfileEntry> List() => _entries.Values.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();

    public ProfileEntry? Find(string name) => _entries.GetValueOrDefault(name);

    public TProfile Get<TProfile>(string name)
        where TProfile : ConnectionProfile
    {
        if (!_entries.TryGetValue(name, out var entry))
        {
            var known = _entries.IsEmpty ? "none" : string.Join(", ", _entries.Keys.Order(StringComparer.Ordinal));
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"no profile is named '{name}'; known profiles: {known}", propertyKeys: ["/connectionName"]);
        }

        return entry.Profile as TProfile ?? throw new ConnectorException(
            ConnectorErrorKind.Configuration,
            $"profile '{name}' is of type '{entry.Type}', not the {typeof(TProfile).Name} this connector needs",
            propertyKeys: ["/connectionName"]);
    }
}
