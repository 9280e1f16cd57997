using Connectors.Sdk.Hosting.Registration;

namespace Connectors.Mft;

public static class MftConnectorsBuilderExtensions
{
    /// <summary>Adds the MFT task, its profile types and the local endpoint: <c>services.AddConnectors(c => c.AddMft())</c>.</summary>
    public static ConnectorsBuilder AddMft(this ConnectorsBuilder builder) => builder.AddModule(new MftModule());
}
