namespace Connectors.Sdk.Hosting.Events;

/// <summary>How hard the webhook publisher tries to deliver each event, and how much it holds.</summary>
public sealed record WebhookDeliveryOptions
{
    /// <summary>Attempts per event and webhook, the first included.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>Pause after the first failed attempt; it doubles, with jitter, up to <see cref="LongestBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan LongestBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one POST may take before it counts as failed.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Events waiting to be sent; beyond this a new event is dropped with a warning rather than slow the work that reports it.</summary>
    public int QueueCapacity { get; init; } = 10_000;

    /// <summary>How long a stopping host waits for queued events to go out.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The CloudEvents <c>source</c> of every event; the machine's name makes it unique per host.</summary>
    public string Source { get; init; } = "/connectors/" + Environment.MachineName.ToLowerInvariant();
}
