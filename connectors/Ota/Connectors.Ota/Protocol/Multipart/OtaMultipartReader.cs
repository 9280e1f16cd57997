using System.Globalization;
using Connectors.Ota.Protocol.Envelope;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Connectors.Ota.Protocol.Multipart;

/// <summary>
/// Reads a post with attachments (<see cref="OtaMultipartLayout"/>) part by part with ASP.NET Core's
/// MultipartReader, streaming each part to its target. A body that breaks MIME (no closing boundary,
/// a broken header) throws <see cref="OtaEnvelopeException"/>; a part longer or shorter than its
/// declared Content-Length throws <see cref="OtaContentLengthException"/>.
/// </summary>
public static class OtaMultipartReader
{
    private const int CopyBufferSize = 64 * 1024;

    /// <summary>The boundary of a multipart content type; null when the type is not multipart or names no boundary.</summary>
    public static string? Boundary(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.Type.Equals("multipart", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        return string.IsNullOrEmpty(boundary) || boundary.Length > 70 ? null : boundary;
    }

    /// <summary>True when <paramref name="contentType"/> is some multipart type.</summary>
    public static bool IsMultipart(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType) && mediaType.Type.Equals("multipart", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads the envelope part, then the payload (into <paramref name="payloadTarget"/>: from the
    /// envelope's PAYLOAD field, or else the part after the envelope), then every other part as an
    /// attachment into <paramref name="targets"/>.
    /// </summary>
    public static async Task<OtaMultipartRead> ReadAsync(
        Stream body,
        string boundary,
        Stream payloadTarget,
        IOtaPartTargets targets,
        OtaEnvelopeLimits limits,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(limits);
        var reader = new MultipartReader(boundary, body);
        try
        {
            var first = await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new OtaEnvelopeException("the multipart body has no parts");
            var envelopeRead = IsForm(first)
                ? await OtaEnvelopeReader.ReadFormAsync(first.Body, payloadTarget, limits, cancellationToken).ConfigureAwait(false)
                : await OtaEnvelopeReader.ReadLinesAsync(first.Body, payloadTarget, limits, cancellationToken).ConfigureAwait(false);

            var hasPayload = envelopeRead.HasPayload;
            var payloadBytes = envelopeRead.PayloadBytes;
            string? payloadType = null;
            var attachments = new List<OtaReceivedAttachment>();
            while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
            {
                if (!hasPayload)
                {
                    payloadBytes = await CopyPartAsync(section, payloadTarget, cancellationToken).ConfigureAwait(false);
                    payloadType = section.ContentType ?? OtaMultipartLayout.DefaultContentType;
                    hasPayload = true;
                    continue;
                }

                var index = attachments.Count + 1;
                var target = targets.OpenAttachment(index);
                long length;
                await using (target.ConfigureAwait(false))
                {
                    length = await CopyPartAsync(section, target, cancellationToken).ConfigureAwait(false);
                }

                attachments.Add(new OtaReceivedAttachment(
                    index,
                    ContentIdOf(section) ?? $"attachment-{index}",
                    FileNameOf(section),
                    section.ContentType ?? OtaMultipartLayout.DefaultContentType,
                    length));
            }

            return new OtaMultipartRead(envelopeRead.Envelope, hasPayload, payloadBytes, payloadType, attachments);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new OtaEnvelopeException($"the multipart body is malformed: {e.Message}", e);
        }
    }

    private static bool IsForm(MultipartSection section) =>
        MediaTypeHeaderValue.TryParse(section.ContentType, out var type) && type.MediaType.Equals(FormUrlEncoding.MediaType, StringComparison.OrdinalIgnoreCase);

    private static async Task<long> CopyPartAsync(MultipartSection section, Stream target, CancellationToken cancellationToken)
    {
        var buffer = new byte[CopyBufferSize];
        long copied = 0;
        int read;
        while ((read = await section.Body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            copied += read;
        }

        if (section.Headers is { } headers
            && headers.TryGetValue(HeaderNames.ContentLength, out var declaredText)
            && (!long.TryParse(declaredText, NumberStyles.None, CultureInfo.InvariantCulture, out var declared) || declared != copied))
        {
            throw new OtaContentLengthException($"a part declared Content-Length {declaredText} but holds {copied} bytes");
        }

        return copied;
    }

    private static string? ContentIdOf(MultipartSection section) =>
        section.Headers is { } headers && headers.TryGetValue("Content-ID", out StringValues id) && !StringValues.IsNullOrEmpty(id)
            ? id.ToString().Trim().TrimStart('<').TrimEnd('>')
            : null;

    private static string? FileNameOf(MultipartSection section)
    {
        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
        {
            return null;
        }

        var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value;
        if (string.IsNullOrEmpty(name))
        {
            name = HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
        }

        return string.IsNullOrEmpty(name) ? null : name;
    }
}
