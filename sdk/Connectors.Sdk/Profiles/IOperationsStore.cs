namespace Connectors.Sdk.Profiles;

/// <summary>
/// Where connection profiles live. Profiles are validated when loaded; one that is refused shows in
/// <see cref="Refused"/> and does not stop the others from loading.
/// </summary>
public interface IOperationsStore
{
    /// <summary>Every profile that loaded, by name.</summary>
    IReadOnlyList<ProfileEntry> List();

    /// <summary>Profiles that were refused, with the findings that say why.</summary>
    IReadOnlyList<Finding> Refused { get; }

    /// <summary>
    /// The named profile. An unknown name, or a profile of another type, throws a configuration
    /// <see cref="Errors.ConnectorException"/> that lists the names that are known.
    /// </summary>
    TProfile Get<TProfile>(string name)
        where TProfile : ConnectionProfile;

    /// <summary>The named profile entry, of whatever type; null when unknown.</summary>
    ProfileEntry? Find(string name);

    /// <summary>Raised after profiles were added, changed or removed while running.</summary>
    event EventHandler? Changed;
}
