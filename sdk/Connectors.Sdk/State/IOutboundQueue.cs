namespace Connectors.Sdk.State;

/// <summary>Durable outbound queue shared by the protocol families.</summary>
public interface IOutboundQueue
{
    /// <summary>Stores the item; an item with the same id is left as it is (enqueueing is idempotent).</summary>
    Task EnqueueAsync(OutboundItem item, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the oldest due item of a channel (and partner, when given) and marks it in flight for
    /// <paramref name="lease"/>; an item whose lease ran out is due again. Null when none is due.
    /// </summary>
    Task<OutboundItem?> LeaseNextAsync(string channel, string? partner, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Marks the item sent and lets go of a payload kept in its row, as a sent item's spool file is removed.</summary>
    Task MarkSentAsync(string id, CancellationToken cancellationToken);

    /// <summary>Counts a failed attempt; queued again at <paramref name="nextAttemptAt"/>, or failed for good when null.</summary>
    Task MarkAttemptFailedAsync(string id, string error, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken);

    Task<OutboundItem?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Items of a channel in a state, oldest first.</summary>
    Task<IReadOnlyList<OutboundItem>> ListAsync(string channel, OutboundState? state, CancellationToken cancellationToken);
}
