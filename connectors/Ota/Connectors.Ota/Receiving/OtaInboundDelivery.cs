using System.Globalization;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Sdk.Messages;

namespace Connectors.Ota.Receiving;

/// <summary>
/// Hands a checked post to the flow's sink: each attachment first, then the payload, each under a
/// duplicate key made of the partner's MESSAGE_ID, so a resend is recognised part by part and never
/// delivered twice. The payload's delivery id is the receipt id the partner gets.
/// </summary>
internal static class OtaInboundDelivery
{
    /// <summary>Header naming the MESSAGE_ID an attachment belongs to.</summary>
    public const string AttachmentOf = "ATTACHMENT_OF";

    /// <summary>Header listing the content ids of a payload's attachments.</summary>
    public const string AttachmentsHeader = "ATTACHMENTS";

    public const string ContentIdHeader = "CONTENT_ID";

    public const string ContentTypeHeader = "CONTENT_TYPE";

    /// <summary>
    /// Delivers the attachments, then the payload; stops at the first refusal. The attachments go first so
    /// that a flow seeing the payload finds everything that belongs to it.
    /// </summary>
    public static async Task<SinkResult> DeliverAsync(IMessageSink sink, OtaInboundMessage message, OtaInboundSpool spool, CancellationToken cancellationToken)
    {
        foreach (var attachment in message.Attachments)
        {
            var extra = EnvelopeHeaders(message.Envelope);
            extra[AttachmentOf] = message.MessageId;
            extra[ContentIdHeader] = attachment.ContentId;
            extra[ContentTypeHeader] = attachment.ContentType;
            var headers = new MessageHeaders
            {
                FileName = OtaFileNames.Attachment(message.MessageId, attachment.Index, attachment.FileName, attachment.ContentId),
                Description = $"attachment {attachment.Index} ({attachment.ContentId}) of OTA message {message.MessageId}",
                CorrelationId = message.MessageId,
                Partner = message.Partner,
                DuplicateKey = message.MessageId + "#" + attachment.Index.ToString(CultureInfo.InvariantCulture),
                Extra = extra,
            };
            var result = await AcceptAsync(sink, await spool.OpenAttachmentAsync(attachment.Index, cancellationToken).ConfigureAwait(false), headers, cancellationToken).ConfigureAwait(false);
            if (result.Outcome == SinkOutcome.Refused)
            {
                return result;
            }
        }

        var payloadExtra = EnvelopeHeaders(message.Envelope);
        if (message.Attachments.Count > 0)
        {
            payloadExtra[AttachmentsHeader] = string.Join(",", message.Attachments.Select(a => a.ContentId));
        }

        if (message.PayloadContentType is not null)
        {
            payloadExtra[ContentTypeHeader] = message.PayloadContentType;
        }

        var payloadHeaders = new MessageHeaders
        {
            FileName = OtaFileNames.Payload(message.MessageId, message.Envelope.MessageType),
            Description = Describe(message.Envelope),
            CorrelationId = message.MessageId,
            Partner = message.Partner,
            DuplicateKey = message.MessageId,
            Extra = payloadExtra,
        };
        return await AcceptAsync(sink, await spool.OpenPayloadAsync(cancellationToken).ConfigureAwait(false), payloadHeaders, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Hands one spooled part over: as a stream, and as the file itself when it is one, which a sink on the
    /// same disk moves into place rather than writing a second copy. The spool never uses it again.
    /// </summary>
    private static async Task<SinkResult> AcceptAsync(IMessageSink sink, SpooledContent spooled, MessageHeaders headers, CancellationToken cancellationToken)
    {
        await using (spooled.Content.ConfigureAwait(false))
        {
            return await sink.AcceptAsync(new ConnectorMessage(spooled.Content, headers) { SpooledFile = spooled.File }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every envelope field but the password, under its protocol name.</summary>
    private static Dictionary<string, string> EnvelopeHeaders(OtaEnvelope envelope)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in envelope.Fields)
        {
            if (!string.Equals(name, OtaFieldNames.Password, StringComparison.OrdinalIgnoreCase))
            {
                headers[name] = value;
            }
        }

        return headers;
    }

    private static string Describe(OtaEnvelope envelope)
    {
        var transaction = string.Join(" ", new[] { envelope.NonEmpty(OtaFieldNames.TransactionType), envelope.NonEmpty(OtaFieldNames.TransactionSubtype) }.OfType<string>());
        var document = envelope.NonEmpty(OtaFieldNames.DocumentNumber);
        return $"OTA {(transaction.Length == 0 ? "document" : transaction)}{(document is null ? string.Empty : " " + document)}";
    }
}
