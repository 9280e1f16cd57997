using Amazon.S3;
using Amazon.S3.Model;
using Connectors.Mft.Profiles;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Timeouts;

namespace Connectors.Mft.Endpoints.S3;

/// <summary>
/// Uploads a stream of any length. A stream whose length is known and within S3's limit for one PUT
/// (5 GiB) goes as a single streamed PUT, as the object's whole content in one request, so its ETag is
/// the MD5 of the content, which the transfer compares with the file it sent. Any other goes as a
/// multipart upload (<see cref="S3MultipartUpload"/>), or as a single PUT when it fits one part.
/// </summary>
internal sealed class S3StreamingUpload(IAmazonS3 client, IAmazonS3 streamingClient, S3EndpointProfile profile)
{
    /// <summary>16 MiB: S3 needs at least 5 MiB per part but the last, and allows 10,000 parts (156 GiB).</summary>
    public const int PartSize = 16 * 1024 * 1024;

    /// <summary>The largest object S3 takes in one PUT.</summary>
    public const long SinglePutLimit = 5L * 1024 * 1024 * 1024;

    public async Task<long> UploadAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        if (KnownLength(content) is { } known && known <= SinglePutLimit)
        {
            return await PutStreamedAsync(key, content, known, cancellationToken).ConfigureAwait(false);
        }

        var buffer = new byte[PartSize];
        var firstLength = await FillAsync(content, buffer, cancellationToken).ConfigureAwait(false);
        if (firstLength < PartSize)
        {
            await PutSingleAsync(key, buffer, firstLength, cancellationToken).ConfigureAwait(false);
            return firstLength;
        }

        return await new S3MultipartUpload(client, profile.Bucket, profile.EtagsAreMd5).UploadAsync(key, content, buffer, firstLength, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One PUT that streams the content as it is read. The payload is not signed (UNSIGNED-PAYLOAD): signing
    /// it would need its SHA-256 before the first byte is sent, that is, reading the file twice. What the
    /// server stored is proven instead by the object's ETag, its MD5, compared after the upload.
    /// </summary>
    private async Task<long> PutStreamedAsync(string key, Stream content, long length, CancellationToken cancellationToken)
    {
        using var deadline = new ProgressDeadline(TimeSpan.FromSeconds(profile.Network.ConnectTimeoutSeconds), TimeSpan.FromSeconds(profile.Network.ResponseTimeoutSeconds), cancellationToken);
        using var counted = new CountingStream(content, deadline.Progressed);
        var request = new PutObjectRequest
        {
            BucketName = profile.Bucket,
            Key = key,
            InputStream = counted,
            AutoCloseStream = false,
            UseChunkEncoding = false,
        };
        request.Headers.ContentLength = length;
        request.Headers[UnsignedStreamingPayloadHandler.Header] = UnsignedStreamingPayloadHandler.Unsigned;
        try
        {
            await streamingClient.PutObjectAsync(request, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (deadline.Expired)
        {
            throw new TimeoutException($"writing '{key}' made no progress for {profile.Network.ResponseTimeoutSeconds} s", e);
        }
        catch (Exception e) when (counted.Ended && counted.Count < length && e is not OperationCanceledException)
        {
            // The request was cut because the content was shorter than announced: that, not the connection, is what to fix.
            throw new ConnectorException(ConnectorErrorKind.ConnectionFailed, $"the content of '{key}' ended after {counted.Count} of the {length} bytes it announced; it was not stored", e);
        }

        return length;
    }

    private static long? KnownLength(Stream content)
    {
        try
        {
            return content.CanSeek ? content.Length - content.Position : content.Length;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private async Task PutSingleAsync(string key, byte[] buffer, int length, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream(buffer, 0, length, writable: false);
        await client.PutObjectAsync(
            new PutObjectRequest { BucketName = profile.Bucket, Key = key, InputStream = body, AutoCloseStream = false, UseChunkEncoding = false },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads until the buffer is full or the stream ends, so every part but the last has the full size.</summary>
    public static async Task<int> FillAsync(Stream content, byte[] buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await content.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }
}
