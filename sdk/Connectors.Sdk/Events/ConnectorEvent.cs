namespace Connectors.Sdk.Events;

/// <summary>
/// Something that happened in a task or a transfer, as an operator or another system wants to hear of it:
/// published as a CloudEvents 1.0 event whose <c>id</c> is <see cref="Id"/> and <c>type</c> is <see cref="Type"/>.
/// </summary>
public sealed record ConnectorEvent
{
    /// <summary>Unique per event; a receiver drops a second delivery with the same id.</summary>
    public string Id { get; init; } = Guid.NewGuid().ToString("N");

    /// <summary>Reverse-DNS event type, e.g. <c>com.connectorpack.mft.run.started</c>.</summary>
    public required string Type { get; init; }

    /// <summary>What the event is about: a task run id, a file path.</summary>
    public required string Subject { get; init; }

    public DateTimeOffset Time { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The event's data, serialised as JSON; never a secret.</summary>
    public IReadOnlyDictionary<string, object?> Data { get; init; } = new Dictionary<string, object?>();
}
