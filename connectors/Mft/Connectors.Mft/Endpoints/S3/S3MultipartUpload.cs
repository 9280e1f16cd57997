using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Threading.Channels;
using Amazon.S3;
using Amazon.S3.Model;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.S3;

/// <summary>
/// A multipart upload that sends up to <see cref="PartsInFlight"/> parts at once, each from a buffer of its
/// own, so memory stays at that many parts whatever the size of the file, and the server is kept busy
/// while the next part is read. Each part goes with its MD5 (Content-MD5, which S3 checks) and its ETag is
/// compared with it. A failed or cancelled upload lets the parts under way finish (the SDK's timeouts
/// bound them) and then is aborted: a part still arriving at the server after the abort could otherwise
/// be kept, and the bucket is to keep no orphaned parts.
/// </summary>
internal sealed class S3MultipartUpload(IAmazonS3 client, string bucket, bool etagsAreMd5)
{
    /// <summary>Four parts of 16 MiB: 64 MiB of buffers, and enough requests at once to fill a fast link.</summary>
    public const int PartsInFlight = 4;

    /// <summary>Uploads <paramref name="firstPart"/>, already read, and the rest of <paramref name="content"/>; returns the bytes sent.</summary>
    public async Task<long> UploadAsync(string key, Stream content, byte[] firstPart, int firstLength, CancellationToken cancellationToken)
    {
        var started = await client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = bucket, Key = key }, cancellationToken).ConfigureAwait(false);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var free = Channel.CreateBounded<byte[]>(PartsInFlight);
        for (var i = 1; i < PartsInFlight; i++)
        {
            free.Writer.TryWrite(new byte[firstPart.Length]);
        }

        var uploads = new List<Task<PartETag>>();
        try
        {
            long total = 0;
            var (buffer, length) = (firstPart, firstLength);
            while (length > 0)
            {
                uploads.Add(UploadPartAsync(key, started.UploadId, uploads.Count + 1, buffer, length, free.Writer, stopping));
                total += length;

                // A buffer comes back when its part is sent: reading waits for the server, never outruns it.
                buffer = await free.Reader.ReadAsync(stopping.Token).ConfigureAwait(false);
                length = await S3StreamingUpload.FillAsync(content, buffer, stopping.Token).ConfigureAwait(false);
            }

            var parts = await Task.WhenAll(uploads).ConfigureAwait(false);
            await client.CompleteMultipartUploadAsync(
                new CompleteMultipartUploadRequest { BucketName = bucket, Key = key, UploadId = started.UploadId, PartETags = [.. parts] },
                cancellationToken).ConfigureAwait(false);
            return total;
        }
        catch (Exception failure)
        {
            await stopping.CancelAsync().ConfigureAwait(false);
            var partFailure = await FirstFailureAsync(uploads).ConfigureAwait(false);
            await AbortQuietlyAsync(key, started.UploadId).ConfigureAwait(false);

            // The loop stopped because a part failed: that part's error is the one that says what went wrong.
            if (failure is OperationCanceledException && !cancellationToken.IsCancellationRequested && partFailure is not null)
            {
                ExceptionDispatchInfo.Throw(partFailure);
            }

            throw;
        }
    }

    private async Task<PartETag> UploadPartAsync(string key, string uploadId, int number, byte[] buffer, int length, ChannelWriter<byte[]> free, CancellationTokenSource stopping)
    {
        try
        {
            // MD5 because it is what S3 checks a part against and what a part's ETag is; it protects nothing.
#pragma warning disable CA5351
            var md5 = MD5.HashData(buffer.AsSpan(0, length));
#pragma warning restore CA5351
            using var body = new MemoryStream(buffer, 0, length, writable: false);
            var uploaded = await client.UploadPartAsync(
                new UploadPartRequest
                {
                    BucketName = bucket,
                    Key = key,
                    UploadId = uploadId,
                    PartNumber = number,
                    PartSize = length,
                    InputStream = body,
                    MD5Digest = Convert.ToBase64String(md5),
                    UseChunkEncoding = false,
                },
                CancellationToken.None).ConfigureAwait(false);
            var sent = Convert.ToHexStringLower(md5);
            if (etagsAreMd5 && S3Etags.IsMd5(uploaded.ETag, uploaded.ServerSideEncryptionMethod) && !string.Equals(uploaded.ETag!.Trim('"'), sent, StringComparison.OrdinalIgnoreCase))
            {
                throw new ConnectorException(ConnectorErrorKind.ConnectionFailed, $"part {number} of '{key}' was stored with MD5 {uploaded.ETag.Trim('"')}, not the {sent} that was sent");
            }

            return new PartETag(number, uploaded.ETag);
        }
        catch
        {
            await stopping.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            free.TryWrite(buffer);
        }
    }

    /// <summary>Waits for every part still under way; the first failure that is not the stop itself.</summary>
    private static async Task<Exception?> FirstFailureAsync(List<Task<PartETag>> uploads)
    {
        try
        {
            await Task.WhenAll(uploads).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Each task's own exception is looked at below.
        }

        return uploads
            .Where(upload => upload.IsFaulted)
            .Select(upload => upload.Exception!.InnerException!)
            .FirstOrDefault(error => error is not OperationCanceledException);
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
}
