namespace Connectors.Sdk.Descriptors;

/// <summary>Common ground of senders, receivers and tasks.</summary>
public interface IConnector
{
    ConnectorDescriptor Descriptor { get; }
}
