namespace Connectors.Sdk.State;

/// <summary>
/// A sent message whose final acknowledgement may come later, even in a session the partner opens
/// (an OFTP2 EERP); tracked until it arrives.
/// </summary>
public sealed record DeliveryRecord
{
    /// <summary>The receipt's correlation id.</summary>
    public required string CorrelationId { get; init; }

    public required string Channel { get; init; }

    public required string Partner { get; init; }

    /// <summary>How the partner's acknowledgement names the message (for OFTP2: file name, date, time, origin, destination).</summary>
    public required string MatchKey { get; init; }

    public DeliveryState State { get; init; } = DeliveryState.Pending;

    /// <summary>The partner's reason code when rejected.</summary>
    public string? ReasonCode { get; init; }

    public string? Reason { get; init; }

    public long Bytes { get; init; }

    /// <summary>Protocol data kept with the delivery (hash of the file as sent, whether a signed receipt was asked).</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }
}

public enum DeliveryState
{
    Pending,
    Delivered,
    Rejected,

    /// <summary>An acknowledgement arrived but could not be trusted (a bad signature).</summary>
    AcknowledgementInvalid,
}
