using System.Globalization;
using Connectors.Sdk.State;

namespace Connectors.Ota.Sending;

/// <summary>
/// A message in the outbound queue: its MESSAGE_ID, the envelope fields the designer set, its payload
/// (kept in the queue row when small, spooled to a file when not) and its spooled attachments. Everything needed to send it again, exactly as the first time, lives in the
/// queue row; the partner's address and credentials are read from the profile at each attempt, so a
/// corrected profile applies to the next one. The password is never stored here.
/// </summary>
internal sealed record OtaOutboundMessage
{
    public const string Channel = "ota-sender";

    private const string Prefix = "ota:";
    private const string CorrelationKey = Prefix + "correlation-id";
    private const string PayloadBytesKey = Prefix + "payload-bytes";
    private const string AttachmentCountKey = Prefix + "attachments";

    public required string MessageId { get; init; }

    public required string CorrelationId { get; init; }

    /// <summary>The profile the message goes to.</summary>
    public required string Partner { get; init; }

    /// <summary>Envelope fields set by the designer, by their protocol names.</summary>
    public required IReadOnlyDictionary<string, string> Fields { get; init; }

    /// <summary>The spooled payload file; empty when <see cref="Payload"/> holds the payload.</summary>
    public required string PayloadPath { get; init; }

    /// <summary>The payload itself when it is kept in the queue row.</summary>
    public ReadOnlyMemory<byte>? Payload { get; init; }

    public required long PayloadBytes { get; init; }

    public IReadOnlyList<OtaSpooledAttachment> Attachments { get; init; } = [];

    public OutboundItem ToItem(DateTimeOffset claimedUntil)
    {
        var headers = new Dictionary<string, string>(Fields, StringComparer.Ordinal)
        {
            [CorrelationKey] = CorrelationId,
            [PayloadBytesKey] = PayloadBytes.ToString(CultureInfo.InvariantCulture),
            [AttachmentCountKey] = Attachments.Count.ToString(CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < Attachments.Count; i++)
        {
            var attachment = Attachments[i];
            headers[AttachmentKey(i, "content-id")] = attachment.ContentId;
            headers[AttachmentKey(i, "content-type")] = attachment.ContentType;
            headers[AttachmentKey(i, "file-name")] = attachment.FileName;
            headers[AttachmentKey(i, "path")] = attachment.Path;
            headers[AttachmentKey(i, "bytes")] = attachment.Length.ToString(CultureInfo.InvariantCulture);
        }

        return new OutboundItem
        {
            Id = MessageId,
            Channel = Channel,
            Partner = Partner,
            PayloadPath = PayloadPath,
            Payload = Payload,
            Headers = headers,
            NextAttemptAt = claimedUntil,
        };
    }

    public static OtaOutboundMessage FromItem(OutboundItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var headers = item.Headers;
        var count = int.Parse(headers.GetValueOrDefault(AttachmentCountKey, "0"), CultureInfo.InvariantCulture);
        var attachments = Enumerable.Range(0, count).Select(i => new OtaSpooledAttachment(
            headers[AttachmentKey(i, "content-id")],
            headers[AttachmentKey(i, "content-type")],
            headers[AttachmentKey(i, "file-name")],
            headers[AttachmentKey(i, "path")],
            long.Parse(headers[AttachmentKey(i, "bytes")], CultureInfo.InvariantCulture))).ToList();
        return new OtaOutboundMessage
        {
            MessageId = item.Id,
            CorrelationId = headers.GetValueOrDefault(CorrelationKey, item.Id),
            Partner = item.Partner,
            Fields = headers.Where(h => !h.Key.StartsWith(Prefix, StringComparison.Ordinal)).ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase),
            PayloadPath = item.PayloadPath,
            Payload = item.Payload,
            PayloadBytes = long.Parse(headers.GetValueOrDefault(PayloadBytesKey, "0"), CultureInfo.InvariantCulture),
            Attachments = attachments,
        };
    }

    /// <summary>Opens the payload for one attempt, from the row or from its spool file.</summary>
    public Stream OpenPayload() =>
        Payload is { } payload ? new MemoryStream(payload.ToArray(), writable: false) : OtaOutboundSpool.OpenRead(PayloadPath);

    /// <summary>The spool folder of the message's files; null when it has none.</summary>
    public string? SpoolFolder =>
        PayloadPath.Length > 0 ? Path.GetDirectoryName(PayloadPath) : Attachments.Count > 0 ? Path.GetDirectoryName(Attachments[0].Path) : null;

    private static string AttachmentKey(int index, string field) => $"{Prefix}attachment:{index.ToString(CultureInfo.InvariantCulture)}:{field}";
}
