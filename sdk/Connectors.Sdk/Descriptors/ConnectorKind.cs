namespace Connectors.Sdk.Descriptors;

/// <summary>What role a connector plays in a flow.</summary>
public enum ConnectorKind
{
    /// <summary>Takes a message from the flow and delivers it to a partner.</summary>
    Sender,

    /// <summary>Listens for partners and hands each inbound message to the flow.</summary>
    Receiver,

    /// <summary>Runs a persisted, restartable sequence of steps.</summary>
    Task,
}
