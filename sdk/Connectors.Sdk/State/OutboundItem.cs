namespace Connectors.Sdk.State;

/// <summary>
/// A message waiting to go to a partner: stored before the first attempt, so a crash or an
/// unreachable partner never loses it. A large payload lives in a spool file named by
/// <see cref="PayloadPath"/>; a small one may be kept in the row itself (<see cref="Payload"/>), which
/// saves creating, flushing and removing a file for every message.
/// </summary>
public sealed record OutboundItem
{
    /// <summary>Unique id; the protocol message id where the protocol has one (OTA MESSAGE_ID).</summary>
    public required string Id { get; init; }

    /// <summary>Connector id that owns the item, e.g. <c>oftp2-sender</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>Profile name of the partner it goes to.</summary>
    public required string Partner { get; init; }

    /// <summary>Path of the spooled payload; empty when <see cref="Payload"/> holds it.</summary>
    public required string PayloadPath { get; init; }

    /// <summary>The payload itself, when it is small enough to be kept in the row; null when it is in <see cref="PayloadPath"/>.</summary>
    public ReadOnlyMemory<byte>? Payload { get; init; }

    /// <summary>Headers and protocol fields needed to send it again, exactly as the first time.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public OutboundState State { get; init; } = OutboundState.Queued;

    public int Attempts { get; init; }

    /// <summary>Not before this time (back-off).</summary>
    public DateTimeOffset NextAttemptAt { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}

public enum OutboundState
{
    /// <summary>Waiting for its next attempt.</summary>
    Queued,

    /// <summary>Taken by a sender; returns to queued if the sender dies (lease expiry).</summary>
    InFlight,

    /// <summary>Accepted by the partner.</summary>
    Sent,

    /// <summary>Every attempt failed; kept for an operator, never dropped.</summary>
    Failed,
}
