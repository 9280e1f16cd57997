using Connectors.Ota.Profiles;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Protocol.Multipart;

namespace Connectors.Ota.Sending;

/// <summary>
/// Builds the body of a post. Without attachments it is form-encoded (what Oracle's servlet reads
/// with getParameter), PAYLOAD last; with an ATCH protocol type it is the multipart layout of
/// <see cref="OtaMultipartLayout"/>. The body is built anew for every attempt from the queued payload and the spooled files.
/// </summary>
internal static class OtaRequestBuilder
{
    /// <summary>The envelope of a SEND: the transport fields, the designer's fields, the partner's address and credentials.</summary>
    public static OtaEnvelope SendEnvelope(OtaOutboundMessage message, OtaTarget target, OtaProfile profile, string password)
    {
        var envelope = Transport(OtaRequestTypes.Send, target, profile, password);
        envelope.Set(OtaFieldNames.MessageId, message.MessageId);
        foreach (var (name, value) in message.Fields)
        {
            envelope.Set(name, value);
        }

        return envelope;
    }

    /// <summary>The envelope of an AUTH2 request, which checks the credentials and delivers nothing.</summary>
    public static OtaEnvelope Auth2Envelope(OtaTarget target, OtaProfile profile, string password) =>
        Transport(OtaRequestTypes.Auth2, target, profile, password);

    public static async Task<HttpContent> SendContentAsync(OtaEnvelope envelope, OtaOutboundMessage message, OtaTarget target, CancellationToken cancellationToken)
    {
        if (!target.ProtocolType.CarriesAttachments())
        {
            return await OtaFormContent.CreateAsync(envelope, message.OpenPayload, cancellationToken).ConfigureAwait(false);
        }

        var payload = new OtaPartSource(
            OtaMultipartLayout.PayloadContentId,
            OtaMultipartLayout.PayloadContentType(envelope.MessageType),
            FileName: null,
            message.PayloadBytes,
            message.OpenPayload);
        var attachments = message.Attachments
            .Select(a => new OtaPartSource(a.ContentId, a.ContentType, a.FileName, a.Length, () => OtaOutboundSpool.OpenRead(a.Path)))
            .ToList();
        return OtaMultipartWriter.Create(envelope, payload, attachments);
    }

    /// <summary>A form body with an empty PAYLOAD, for a request that delivers nothing.</summary>
    public static async Task<HttpContent> EmptyContentAsync(OtaEnvelope envelope, CancellationToken cancellationToken) =>
        await OtaFormContent.CreateAsync(envelope, () => new MemoryStream([], writable: false), cancellationToken).ConfigureAwait(false);

    private static OtaEnvelope Transport(string requestType, OtaTarget target, OtaProfile profile, string password)
    {
        var envelope = new OtaEnvelope();
        envelope.Set(OtaFieldNames.TransportProtocol, OtaTransport.Protocol);
        envelope.Set(OtaFieldNames.TransportProtocolVersion, OtaTransport.Version);
        envelope.Set(OtaFieldNames.RequestType, requestType);
        envelope.Set(OtaFieldNames.ProtocolType, target.ProtocolType.WireName());
        envelope.Set(OtaFieldNames.ProtocolAddress, target.Address.ToString());
        envelope.Set(OtaFieldNames.Username, profile.Username);
        envelope.Set(OtaFieldNames.Password, password);
        return envelope;
    }
}
