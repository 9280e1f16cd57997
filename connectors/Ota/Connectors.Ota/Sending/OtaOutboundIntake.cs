using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Protocol.Multipart;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;

namespace Connectors.Ota.Sending;

/// <summary>
/// Turns a message from the flow into an outbound message: its MESSAGE_ID, its envelope fields, and its
/// payload and attachments copied into the spool and flushed to disk, all before the first attempt.
/// </summary>
internal static class OtaOutboundIntake
{
    /// <summary>
    /// The MESSAGE_ID: the message's <c>MESSAGE_ID</c> header when the flow set one (so a flow that sends the
    /// same document again is recognised as a resend), otherwise a new id shaped like Oracle's AQ ids.
    /// </summary>
    public static string MessageIdOf(MessageHeaders headers) =>
        headers.Extra.TryGetValue(OtaFieldNames.MessageId, out var id) && !string.IsNullOrWhiteSpace(id)
            ? id.Trim()
            : Guid.NewGuid().ToString("N").ToUpperInvariant();

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

    /// <summary>Copies the payload and the attachments into the message's spool folder and describes them.</summary>
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
        var payloadPath = Path.Combine(folder, "payload");
        var payloadBytes = await OtaOutboundSpool.WriteAsync(payload, payloadPath, cancellationToken).ConfigureAwait(false);
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
                length = await OtaOutboundSpool.WriteAsync(source, path, cancellationToken).ConfigureAwait(false);
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
            PayloadBytes = payloadBytes,
            Attachments = spooled,
        };
    }
}
