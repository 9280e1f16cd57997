using Connectors.Sdk.Hosting.Registration;

namespace Connectors.Ota;

public static class OtaConnectorsBuilderExtensions
{
    /// <summary>Adds the OTA sender and receiver, their profile type and audit log: <c>services.AddConnectors(c => c.AddOta())</c>.</summary>
    public static ConnectorsBuilder AddOta(this ConnectorsBuilder builder) => builder.AddModule(new OtaModule());
}
