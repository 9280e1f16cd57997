using Connectors.Sdk.Errors;
using Connectors.Sdk.Profiles;

namespace Connectors.Host.Cli;

/// <summary>
/// Stands in for the operations store when the operations folder has no <c>profiles/</c>: connectors
/// that need no profile still run, and one that asks for a profile learns which folder is missing.
/// </summary>
internal sealed class MissingOperationsStore(string profilesFolder) : IOperationsStore
{
    public IReadOnlyList<Finding> Refused => [];

    public event EventHandler? Changed
    {
        add { }
        remove { }
    }

    public IReadOnlyList<ProfileEntry> List() => [];

    public ProfileEntry? Find(string name) => null;

    public TProfile Get<TProfile>(string name)
        where TProfile : ConnectionProfile =>
        throw new ConnectorException(
            ConnectorErrorKind.Configuration,
            $"no profile is named '{name}': the profiles folder '{profilesFolder}' does not exist",
            propertyKeys: ["/connectionName"]);
}
