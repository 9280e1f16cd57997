using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Testing.Tests.Adapters;

namespace Connectors.Sdk.Testing.Tests.Broken;

/// <summary>Registers the sender whose properties leave a property undescribed.</summary>
public sealed class UndescribedSenderAdapter : SampleSenderAdapter
{
    public override string ConnectorId => "undescribed-sender";

    public override void Register(ConnectorsBuilder connectors) =>
        connectors.AddSender<UndescribedPropertiesSender, UndescribedSenderProperties>();

    public override object ValidProperties(string profileName) => new UndescribedSenderProperties { ConnectionName = profileName };
}
