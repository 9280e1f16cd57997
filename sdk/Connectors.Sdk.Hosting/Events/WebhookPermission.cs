namespace Connectors.Sdk.Hosting.Events;

/// <summary>
/// A receiver's answer to the CloudEvents validation request: events may be sent (at most
/// <see cref="RequestsPerMinute"/> a minute, when it set a rate), or not, for <see cref="Refusal"/>.
/// </summary>
internal sealed record WebhookPermission(bool Granted, int? RequestsPerMinute, string? Refusal)
{
    public static WebhookPermission Grant(int? requestsPerMinute) => new(true, requestsPerMinute, null);

    public static WebhookPermission Refuse(string refusal) => new(false, null, refusal);

    /// <summary>The least time between two deliveries the receiver's rate allows.</summary>
    public TimeSpan Interval => RequestsPerMinute is { } rate ? TimeSpan.FromMinutes(1.0 / rate) : TimeSpan.Zero;
}
