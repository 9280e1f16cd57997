namespace Connectors.Sdk.State;

/// <summary>
/// The durable state of a host, one backend for all of it (SQLite embedded, PostgreSQL shared).
/// Every write is committed before the method returns.
/// </summary>
public interface IStateStore
{
    IOutboundQueue Outbound { get; }

    IDeliveryTracker Deliveries { get; }

    IInbox Inbox { get; }

    ICheckpointStore Checkpoints { get; }

    IJobLog JobLog { get; }

    /// <summary>Folder where payloads are spooled before they are committed or sent.</summary>
    string SpoolDirectory { get; }
}
