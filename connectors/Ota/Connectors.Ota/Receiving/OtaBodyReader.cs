using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Protocol.Multipart;
using Connectors.Ota.Protocol.Status;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Connectors.Ota.Receiving;

/// <summary>
/// Reads a request body into the spool in whichever form it came: multipart with attachments,
/// form-encoded, or the line form of the reference's example. A body that cannot be read becomes the
/// answer it deserves, and nothing of it reaches the flow.
/// </summary>
internal static class OtaBodyReader
{
    public static async Task<(OtaBodyRead? Read, OtaAnswer? Refusal)> ReadAsync(HttpRequest request, OtaInboundSpool spool, CancellationToken cancellationToken)
    {
        var body = new ObservedStream(request.Body);
        try
        {
            return (await ReadBodyAsync(request.ContentType, body, spool, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception) when (body.SourceFailure is BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout } && !cancellationToken.IsCancellationRequested)
        {
            return (null, new OtaAnswer(StatusCodes.Status408RequestTimeout, OtaStatusCodes.ServerError, "The body arrived too slowly; send it again"));
        }
        catch (Exception) when (body.SourceFailure is not null)
        {
            // The body ended before its Content-Length was reached: the client declared more than it sent,
            // or went away mid-upload, which from here looks the same. If it is gone the answer finds no
            // one, but the verdict is recorded.
            return (null, new OtaAnswer(
                StatusCodes.Status400BadRequest,
                OtaStatusCodes.ContentTooLarge,
                $"The body ended before the {request.ContentLength} bytes its Content-Length declares"));
        }
        catch (OtaContentLengthException e)
        {
            return (null, OtaAnswer.Refuse(OtaStatusCodes.ContentTooLarge, Capitalize(e.Message)));
        }
        catch (OtaEnvelopeException e)
        {
            return (null, OtaAnswer.Refuse(OtaStatusCodes.BadRequest, Capitalize(e.Message)));
        }
    }

    private static async Task<OtaBodyRead> ReadBodyAsync(string? contentType, Stream body, OtaInboundSpool spool, CancellationToken cancellationToken)
    {
        var limits = OtaEnvelopeLimits.Default;
        if (OtaMultipartReader.IsMultipart(contentType))
        {
            var boundary = OtaMultipartReader.Boundary(contentType) ?? throw new OtaEnvelopeException("the multipart body names no boundary");
            var parts = await OtaMultipartReader.ReadAsync(body, boundary, spool.Payload, spool, limits, cancellationToken).ConfigureAwait(false);
            return new OtaBodyRead(parts.Envelope, parts.HasPayload, parts.PayloadBytes, parts.PayloadContentType, parts.Attachments);
        }

        var read = IsForm(contentType)
            ? await OtaEnvelopeReader.ReadFormAsync(body, spool.Payload, limits, cancellationToken).ConfigureAwait(false)
            : await OtaEnvelopeReader.ReadLinesAsync(body, spool.Payload, limits, cancellationToken).ConfigureAwait(false);
        return new OtaBodyRead(read.Envelope, read.HasPayload, read.PayloadBytes, null, []);
    }

    private static bool IsForm(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals(FormUrlEncoding.MediaType, StringComparison.OrdinalIgnoreCase);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
