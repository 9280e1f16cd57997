using Connectors.SamplePlugin;
using Connectors.Sdk.Connectors;
using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Testing.Tests.Adapters;

namespace Connectors.Sdk.Testing.Tests.Broken;

/// <summary>The sample sender's adapter, registering a deliberately broken variant instead.</summary>
public sealed class BrokenSenderAdapter<TSender>(string connectorId) : SampleSenderAdapter
    where TSender : class, ISender<SampleSenderProperties>, IConnector
{
    public override string ConnectorId => connectorId;

    public override void Register(ConnectorsBuilder connectors)
    {
        ArgumentNullException.ThrowIfNull(connectors);
        connectors.AddSender<TSender, SampleSenderProperties>().AddProfileType<SampleProfile>();
    }
}
