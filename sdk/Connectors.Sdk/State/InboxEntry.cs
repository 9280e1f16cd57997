namespace Connectors.Sdk.State;

/// <summary>A message a receiver took in, committed together with its duplicate key.</summary>
public sealed record InboxEntry
{
    /// <summary>The delivery id handed back to the receiver (and on to the partner as a receipt id).</summary>
    public required string DeliveryId { get; init; }

    public required string Channel { get; init; }

    public required string Partner { get; init; }

    /// <summary>What makes the message the same message if it comes again (OTA MESSAGE_ID; OFTP2 name, date, time, origin).</summary>
    public required string DuplicateKey { get; init; }

    /// <summary>Where the payload was committed.</summary>
    public required string PayloadPath { get; init; }

    public long Bytes { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Whether the partner has been sent its final acknowledgement (EERP) yet.</summary>
    public bool Acknowledged { get; init; }
}
