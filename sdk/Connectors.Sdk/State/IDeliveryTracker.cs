namespace Connectors.Sdk.State;

/// <summary>Tracks deliveries until their acknowledgement arrives.</summary>
public interface IDeliveryTracker
{
    /// <summary>Records a pending delivery; a record with the same correlation id is replaced.</summary>
    Task TrackAsync(DeliveryRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Completes the pending delivery of <paramref name="channel"/> and <paramref name="partner"/> with
    /// <paramref name="matchKey"/>; returns it as completed, or null when none was pending.
    /// </summary>
    Task<DeliveryRecord?> CompleteAsync(string channel, string partner, string matchKey, DeliveryState state, string? reasonCode, string? reason, CancellationToken cancellationToken);

    Task<DeliveryRecord?> GetAsync(string correlationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeliveryRecord>> ListPendingAsync(string channel, string? partner, CancellationToken cancellationToken);
}
