using System.Buffers;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Protocol.Multipart;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;

namespace Connectors.Ota.Sending;

/// <summary>
/// Turns a message from the flow into an outbound message: its MESSAGE_ID, its envelope fields, its
/// payload (kept for the queue row when it is small, copied into the spool and flushed to disk when not)
/// and its attachments copied into the spool, all before the first attempt.
/// </summary>
internal static class OtaOutboundIntake
{
    /// <summary>
    /// 256 KiB: most business documents fit in the queue row, committed with it, and a file per small
    /// message would cost more in creating, flushing and removing it than in writing it.
    /// </summary>
    public const int InRowLimit = 256 * 1024;

    /// <summary>
    /// The MESSAGE_ID: the message's <c>MESSAGE_ID</c> header when the flow set one (so a flow that sends the
    /// same document again is recognised as a resend), otherwise a new id shaped like Oracle's AQ ids.
    /// <c>FromFlow</c> says which: only an id the flow gave can name a message queued before.
    /// </summary>
    public static (string Id, bool FromFlow) MessageIdOf(MessageHeaders headers) =>
        headers.Extra.TryGetValue(OtaFieldNames.MessageId, out var id) && !string.IsNullOrWhiteSpace(id)
            ? (id.Trim(), true)
            : (Guid.NewGuid().ToString("N").ToUpperInvariant(), false);

    /// <summary>The designer's envelope fields; an empty property falls back to the message header of the same name.</summary>
    public static Dictionary<string, string> FieldsOf(OtaSenderProperties properties, MessageHeaders headers)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Put(string name, string? value)
        {
            var chosen = string.IsNullOrWhiteSpace(value) ? headers.Extra.GetValueOrDefault(name) : value;
            if (!string.IsNullOrWhiteSpace(chosen))
            {
                fields[name] = chosen.Trim();
            }
        }

        Put(OtaFieldNames.MessageType, properties.MessageType);
        Put(OtaFieldNames.MessageStandard, properties.MessageStandard);
        Put(OtaFieldNames.TransactionType, properties.TransactionType);
        Put(OtaFieldNames.TransactionSubtype, properties.TransactionSubtype);
        Put(OtaFieldNames.DocumentNumber, properties.DocumentNumber);
        Put(OtaFieldNames.PartyId, properties.PartyId);
        Put(OtaFieldNames.PartySiteId, properties.PartySiteId);
        Put(OtaFieldNames.Attribute1, properties.Attribute1);
        Put(OtaFieldNames.Attribute2, properties.Attribute2);
        Put(OtaFieldNames.Attribute3, properties.Attribute3);
        Put(OtaFieldNames.Attribute4, properties.Attribute4);
        Put(OtaFieldNames.Attribute5, properties.Attribute5);
        return fields;
    }

    /// <summary>Takes the payload (into memory, or into the spool when larger than <see cref="InRowLimit"/>) and copies the attachments into the spool.</summary>
    public static async Task<OtaOutboundMessage> SpoolAsync(
        string spoolDirectory,
        string messageId,
        string correlationId,
        string partner,
        IReadOnlyDictionary<string, string> fields,
        Stream payload,
        IReadOnlyList<OtaAttachment> attachments,
        CancellationToken cancellationToken)
    {
        var folder = OtaOutboundSpool.FolderOf(spoolDirectory, messageId);
        var head = await ReadHeadAsync(payload, cancellationToken).ConfigureAwait(false);
        var inRow = head.Length <= InRowLimit;
        var payloadPath = inRow ? string.Empty : Path.Combine(folder, "payload");
        var payloadBytes = inRow
            ? head.Length
            : await OtaOutboundSpool.WriteAsync(head, payload, payloadPath, cancellationToken).ConfigureAwait(false);
        var spooled = new List<OtaSpooledAttachment>();
        for (var i = 0; i < attachments.Count; i++)
        {
            var attachment = attachments[i];
            var path = Path.Combine(folder, $"attachment-{i + 1}");
            Stream source;
            try
            {
                source = OtaOutboundSpool.OpenRead(attachment.Path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ConnectorException(
                    ConnectorErrorKind.Configuration,
                    $"attachment {i + 1} '{attachment.Path}' cannot be read ({e.GetType().Name})",
                    e,
                    propertyKeys: [$"/attachments/{i}/path"]);
            }

            long length;
            await using (source.ConfigureAwait(false))
            {
                length = await OtaOutboundSpool.WriteAsync(ReadOnlyMemory<byte>.Empty, source, path, cancellationToken).ConfigureAwait(false);
            }

            var fileName = string.IsNullOrWhiteSpace(attachment.FileName) ? Path.GetFileName(attachment.Path) : attachment.FileName.Trim();
            spooled.Add(new OtaSpooledAttachment(
                string.IsNullOrWhiteSpace(attachment.ContentId) ? fileName : attachment.ContentId.Trim(),
                string.IsNullOrWhiteSpace(attachment.ContentType) ? OtaMultipartLayout.DefaultContentType : attachment.ContentType.Trim(),
                fileName,
                path,
                length));
        }

        return new OtaOutboundMessage
        {
            MessageId = messageId,
            CorrelationId = correlationId,
            Partner = partner,
            Fields = fields,
            PayloadPath = payloadPath,
            Payload = inRow ? head : (ReadOnlyMemory<byte>?)null,
            PayloadBytes = payloadBytes,
            Attachments = spooled,
        };
    }

    /// <summary>Reads the payload up to one byte past <see cref="InRowLimit"/>: all of it when it fits the row.</summary>
    private static async Task<byte[]> ReadHeadAsync(Stream payload, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InRowLimit + 1);
        try
        {
            var filled = 0;
            int read;
            while (filled <= InRowLimit && (read = await payload.ReadAsync(buffer.AsMemory(filled, InRowLimit + 1 - filled), cancellationToken).ConfigureAwait(false)) > 0)
            {
                filled += read;
            }

            return buffer[..filled];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
