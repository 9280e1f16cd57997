using System.Net;
using System.Net.Http.Headers;

namespace Connectors.Ota.Protocol.Envelope;

/// <summary>
/// An HTTP body holding an envelope and its payload, form-encoded, with its Content-Length known before
/// the first byte is sent. The payload is opened anew for each serialization, so a retried request
/// sends the same bytes again.
/// </summary>
public sealed class OtaFormContent : HttpContent
{
    private readonly byte[] _fields;
    private readonly Func<Stream> _openPayload;
    private readonly long _length;

    private OtaFormContent(byte[] fields, Func<Stream> openPayload, long length)
    {
        _fields = fields;
        _openPayload = openPayload;
        _length = length;
        Headers.ContentType = new MediaTypeHeaderValue(FormUrlEncoding.MediaType);
    }

    /// <summary>Measures the payload once, so the length can be declared; <paramref name="openPayload"/> must open the same bytes every time.</summary>
    public static async Task<OtaFormContent> CreateAsync(OtaEnvelope envelope, Func<Stream> openPayload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(openPayload);
        var fields = OtaFormWriter.EncodeFields(envelope);
        var payload = openPayload();
        await using (payload.ConfigureAwait(false))
        {
            var encodedPayload = await OtaFormWriter.MeasurePayloadAsync(payload, cancellationToken).ConfigureAwait(false);
            return new OtaFormContent(fields, openPayload, OtaFormWriter.BodyLength(fields, encodedPayload));
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var payload = _openPayload();
        await using (payload.ConfigureAwait(false))
        {
            await OtaFormWriter.WriteAsync(stream, _fields, payload, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }
}
