namespace Connectors.Sdk.Hosting.Registration;

/// <summary>
/// The entry point of a connector package: the plug-in loader finds every public type implementing it
/// in a plug-in assembly and lets it register its connectors and profile types.
/// </summary>
public interface IConnectorModule
{
    void Register(ConnectorsBuilder builder);
}
