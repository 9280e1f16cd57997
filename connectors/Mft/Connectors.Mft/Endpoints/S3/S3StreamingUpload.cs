using Amazon.S3;
using Amazon.S3.Model;

namespace Connectors.Mft.Endpoints.S3;

/// <summary>
/// Uploads a stream of any length with one part buffer in memory: a file that fits one part is a single
/// PUT, a larger one a multipart upload of parts of <see cref="PartSize"/>. A failed multipart upload is
/// aborted so the bucket keeps no orphaned parts.
/// </summary>
internal sealed class S3StreamingUpload(IAmazonS3 client, string bucket)
{
    /// <summary>16 MiB: S3 needs at least 5 MiB per part but the last, and allows 10,000 parts (156 GiB).</summary>
    public const int PartSize = 16 * 1024 * 1024;

    public async Task<long> UploadAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        var buffer = new byte[PartSize];
        var firstLength = await FillAsync(content, buffer, cancellationToken).ConfigureAwait(false);
        if (firstLength < PartSize)
        {
            await PutSingleAsync(key, buffer, firstLength, cancellationToken).ConfigureAwait(false);
            return firstLength;
        }

        var started = await client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = bucket, Key = key }, cancellationToken).ConfigureAwait(false);
        try
        {
            var parts = new List<PartETag>();
            long total = 0;
            for (var length = firstLength; length > 0; length = await FillAsync(content, buffer, cancellationToken).ConfigureAwait(false))
            {
                parts.Add(await UploadPartAsync(key, started.UploadId, parts.Count + 1, buffer, length, cancellationToken).ConfigureAwait(false));
                total += length;
            }

            await client.CompleteMultipartUploadAsync(
                new CompleteMultipartUploadRequest { BucketName = bucket, Key = key, UploadId = started.UploadId, PartETags = parts },
                cancellationToken).ConfigureAwait(false);
            return total;
        }
        catch
        {
            await AbortQuietlyAsync(key, started.UploadId).ConfigureAwait(false);
            throw;
        }
    }

    private async Task PutSingleAsync(string key, byte[] buffer, int length, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream(buffer, 0, length, writable: false);
        await client.PutObjectAsync(
            new PutObjectRequest { BucketName = bucket, Key = key, InputStream = body, AutoCloseStream = false, UseChunkEncoding = false },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<PartETag> UploadPartAsync(string key, string uploadId, int number, byte[] buffer, int length, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream(buffer, 0, length, writable: false);
        var uploaded = await client.UploadPartAsync(
            new UploadPartRequest { BucketName = bucket, Key = key, UploadId = uploadId, PartNumber = number, PartSize = length, InputStream = body, UseChunkEncoding = false },
            cancellationToken).ConfigureAwait(false);
        return new PartETag(number, uploaded.ETag);
    }

    private async Task AbortQuietlyAsync(string key, string uploadId)
    {
        try
        {
            // Not the caller's token: a cancelled upload must still release its parts.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await client.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { BucketName = bucket, Key = key, UploadId = uploadId }, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AmazonS3Exception or HttpRequestException or OperationCanceledException)
        {
            // The original failure is what the caller needs; leftover parts expire by the bucket's lifecycle rules.
        }
    }

    /// <summary>Reads until the buffer is full or the stream ends, so every part but the last has the full size.</summary>
    private static async Task<int> FillAsync(Stream content, byte[] buffer, CancellationToken cancellationToken)
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
