using System.Net.Http.Headers;
using Connectors.Ota.Protocol.Envelope;

namespace Connectors.Ota.Protocol.Multipart;

/// <summary>Builds the multipart body of <see cref="OtaMultipartLayout"/> with System.Net.Http's MultipartContent.</summary>
public static class OtaMultipartWriter
{
    /// <summary>
    /// The body: envelope, payload, attachments. Every part declares its length, so the whole body's
    /// Content-Length is known and a receiver can tell a part that is longer or shorter than it said.
    /// </summary>
    public static MultipartContent Create(OtaEnvelope envelope, OtaPartSource payload, IReadOnlyList<OtaPartSource> attachments, string? boundary = null)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(attachments);
        var content = boundary is null ? new MultipartContent(OtaMultipartLayout.MediaSubtype) : new MultipartContent(OtaMultipartLayout.MediaSubtype, boundary);
        content.Headers.ContentType!.Parameters.Add(new NameValueHeaderValue("type", "\"" + FormUrlEncoding.MediaType + "\""));
        content.Headers.ContentType.Parameters.Add(new NameValueHeaderValue("start", "\"<" + OtaMultipartLayout.EnvelopeContentId + ">\""));

        var fields = new ByteArrayContent(OtaFormWriter.EncodeFields(envelope));
        fields.Headers.ContentType = new MediaTypeHeaderValue(FormUrlEncoding.MediaType);
        fields.Headers.Add("Content-ID", "<" + OtaMultipartLayout.EnvelopeContentId + ">");
        content.Add(fields);
        content.Add(Part(payload));
        foreach (var attachment in attachments)
        {
            content.Add(Part(attachment));
        }

        return content;
    }

    private static HttpContent Part(OtaPartSource source)
    {
        var part = new OpenOnSendContent(source.Open, source.Length);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(source.ContentType);
        part.Headers.ContentLength = source.Length;
        part.Headers.Add("Content-ID", "<" + source.ContentId + ">");
        if (source.FileName is not null)
        {
            // Both forms, as RFC 6266 advises: filename for older readers, filename* for names beyond ASCII.
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "\"" + AsciiFallback(source.FileName) + "\"", FileNameStar = source.FileName };
        }

        return part;
    }

    private static string AsciiFallback(string fileName) =>
        new(fileName.Select(c => c is >= ' ' and < (char)127 and not '"' and not '\\' ? c : '_').ToArray());
}
