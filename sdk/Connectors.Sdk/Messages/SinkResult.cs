namespace Connectors.Sdk.Messages;

/// <summary>What the flow answered for an inbound message.</summary>
public sealed record SinkResult
{
    public required SinkOutcome Outcome { get; init; }

    /// <summary>Id under which the flow stored the message (the receiver's receipt id).</summary>
    public string? DeliveryId { get; init; }

    /// <summary>Why the flow refused the message; sent to the partner (OFTP2 NERP text, OTA status description).</summary>
    public string? Reason { get; init; }

    public static SinkResult Committed(string deliveryId) => new() { Outcome = SinkOutcome.Committed, DeliveryId = deliveryId };

    public static SinkResult AlreadyCommitted(string deliveryId) => new() { Outcome = SinkOutcome.Duplicate, DeliveryId = deliveryId };

    public static SinkResult Refused(string reason) => new() { Outcome = SinkOutcome.Refused, Reason = reason };
}

public enum SinkOutcome
{
    /// <summary>Durably stored; the receiver may acknowledge.</summary>
    Committed,

    /// <summary>Stored before under the same key; acknowledge again but do not deliver twice.</summary>
    Duplicate,

    /// <summary>The flow rejects the message; the receiver answers negatively (NERP, error status).</summary>
    Refused,
}
