using Connectors.Sdk.Hosting.Registration;

namespace Connectors.SamplePlugin;

/// <summary>Registers the sample sender, the sample receiver and the sample profile type.</summary>
public sealed class SamplePluginModule : IConnectorModule
{
    public void Register(ConnectorsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder
            .AddSender<SampleSender, SampleSenderProperties>()
            .AddReceiver<SampleReceiver, SampleReceiverProperties>()
            .AddProfileType<SampleProfile>();
    }
}
