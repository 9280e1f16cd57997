using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.State;

/// <summary>
/// A state store opened at its first use rather than when a connector that may need it is constructed,
/// so commands that never touch state (listing connectors, printing a schema) create no database.
/// </summary>
internal sealed class DeferredStateStore(Func<IStateStore> open) : IStateStore
{
    private readonly Lazy<IStateStore> _store = new(open, LazyThreadSafetyMode.ExecutionAndPublication);

    public IOutboundQueue Outbound => _store.Value.Outbound;

    public IDeliveryTracker Deliveries => _store.Value.Deliveries;

    public IInbox Inbox => _store.Value.Inbox;

    public ICheckpointStore Checkpoints => _store.Value.Checkpoints;

    public IJobLog JobLog => _store.Value.JobLog;

    public string SpoolDirectory => _store.Value.SpoolDirectory;
}
