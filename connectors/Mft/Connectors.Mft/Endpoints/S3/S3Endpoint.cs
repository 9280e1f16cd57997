using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using Connectors.Mft.Profiles;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.S3;

/// <summary>
/// A bucket (below a key prefix) as a file endpoint. Folders are key prefixes ending with '/'. S3 has no
/// append and no rename: a write always replaces the whole object (so a transfer cannot resume here), and a
/// rename is a server-side copy followed by a delete. An object appears only when its upload is complete,
/// so a transfer writes it under its final name.
/// </summary>
internal sealed class S3Endpoint : IFileEndpoint
{
    private readonly IAmazonS3 _client;
    private readonly IAmazonS3 _streamingClient;
    private readonly S3EndpointProfile _profile;
    private readonly string _bucket;
    private readonly S3KeyMap _keys;

    /// <param name="client">The client for every request but a whole file's PUT, under the profile's response timeout.</param>
    /// <param name="streamingClient">The client for a whole file's PUT, without a timeout of its own.</param>
    /// <param name="profile">The endpoint's profile: bucket, timeouts, whether ETags are MD5s.</param>
    /// <param name="keys">The root prefix and the mapping of paths to keys.</param>
    /// <param name="description">How the endpoint reads in a log.</param>
    public S3Endpoint(IAmazonS3 client, IAmazonS3 streamingClient, S3EndpointProfile profile, S3KeyMap keys, string description)
    {
        _client = client;
        _streamingClient = streamingClient;
        _profile = profile;
        _bucket = profile.Bucket;
        _keys = keys;
        Description = description;
    }

    public string Description { get; }

    public bool CanResume => false;

    public bool WritesAtomically => true;

    public string? ChecksumAlgorithm => _profile.EtagsAreMd5 ? "md5" : null;

    /// <summary>Proves the bucket exists and the keys are accepted, with the cheapest request that needs both.</summary>
    public async Task VerifyAccessAsync(CancellationToken cancellationToken)
    {
        // No keys asked for: the answer never needs a continuation token, which some S3-compatible servers
        // fail to make, and the bucket and the keys are checked all the same.
        var request = new ListObjectsV2Request { BucketName = _bucket, Prefix = _keys.RootPrefix, MaxKeys = 0 };
        try
        {
            await _client.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "AccessDenied")
        {
            // Known keys without the right to list: a drop bucket that may only be written to. The keys
            // were accepted, and an operation they may not do still fails as authentication when it is tried.
        }
        catch (Exception e) when (IsTranslatable(e, cancellationToken))
        {
            throw S3ErrorClassifier.Classify(e, "connecting", Description);
        }
    }

    public async Task<IReadOnlyList<RemoteFile>> ListAsync(string folder, FileFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var prefix = _keys.PrefixOf(folder);
        var files = new List<RemoteFile>();
        string? continuation = null;
        do
        {
            // The delimiter keeps deeper keys out: they come back as common prefixes, which are not files.
            var request = new ListObjectsV2Request { BucketName = _bucket, Prefix = prefix, Delimiter = "/", ContinuationToken = continuation };
            var page = await CallAsync($"listing '{folder}'", () => _client.ListObjectsV2Async(request, cancellationToken), cancellationToken).ConfigureAwait(false);
            foreach (var item in page.S3Objects ?? [])
            {
                var name = item.Key[prefix.Length..];
                if (name.Length > 0 && filter.Matches(name))
                {
                    files.Add(new RemoteFile(_keys.PathOf(item.Key), name, item.Size ?? 0, ToOffset(item.LastModified)));
                }
            }

            continuation = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (continuation is not null);

        return files;
    }

    public async Task<long?> SizeAsync(string path, CancellationToken cancellationToken)
    {
        var metadata = await MetadataOrNullAsync(path, cancellationToken).ConfigureAwait(false);
        return metadata?.ContentLength;
    }

    public async Task<Stream> OpenReadAsync(string path, long offset, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var request = new GetObjectRequest { BucketName = _bucket, Key = _keys.KeyOf(path) };
        if (offset > 0)
        {
            // An open-ended range ("bytes=N-"): the SDK's ByteRange only writes both ends, so give it the header.
            request.ByteRange = new ByteRange($"bytes={offset}-");
        }

        var response = await CallAsync($"reading '{path}'", () => _client.GetObjectAsync(request, cancellationToken), cancellationToken).ConfigureAwait(false);
        return response.ResponseStream;
    }

    public Task<long> WriteAsync(string path, Stream content, long offset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (offset != 0)
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"writing '{path}' at offset {offset} is not possible: {Description} cannot append to an object (S3 has no append), so a transfer to it restarts from the beginning");
        }

        var key = _keys.KeyOf(path);
        var upload = new S3StreamingUpload(_client, _streamingClient, _profile);
        return CallAsync($"writing '{path}'", () => upload.UploadAsync(key, content, cancellationToken), cancellationToken);
    }

    public async Task RenameAsync(string from, string to, bool overwrite, CancellationToken cancellationToken)
    {
        var source = _keys.KeyOf(from);
        var target = _keys.KeyOf(to);
        if (!overwrite && await MetadataOrNullAsync(to, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"renaming '{from}' to '{to}' on {Description}: '{to}' exists and overwriting was not asked for");
        }

        // A single copy handles objects up to 5 GB, which covers the servers this endpoint is used with.
        await CallAsync(
            $"renaming '{from}' to '{to}'",
            () => _client.CopyObjectAsync(new CopyObjectRequest { SourceBucket = _bucket, SourceKey = source, DestinationBucket = _bucket, DestinationKey = target }, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        await DeleteAsync(from, cancellationToken).ConfigureAwait(false);
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        // S3 answers a delete of a missing key with success, which is what the contract asks for.
        var request = new DeleteObjectRequest { BucketName = _bucket, Key = _keys.KeyOf(path) };
        return CallAsync($"deleting '{path}'", () => _client.DeleteObjectAsync(request, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The object's MD5 where its ETag is one (an object written in one PUT and not encrypted with KMS or
    /// a customer's key); otherwise the ETag itself, which can only be compared with another ETag.
    /// </summary>
    public async Task<string?> ChecksumAsync(string path, CancellationToken cancellationToken)
    {
        var metadata = await MetadataOrNullAsync(path, cancellationToken).ConfigureAwait(false);
        if (metadata?.ETag is not { Length: > 0 } quoted)
        {
            return null;
        }

        var etag = quoted.Trim('"');
        var isMd5 = _profile.EtagsAreMd5 && S3Etags.IsMd5(etag, metadata.ServerSideEncryptionMethod, metadata.ServerSideEncryptionCustomerMethod?.Value);
        return (isMd5 ? "md5:" : "etag:") + etag;
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        _streamingClient.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<GetObjectMetadataResponse?> MetadataOrNullAsync(string path, CancellationToken cancellationToken)
    {
        var request = new GetObjectMetadataRequest { BucketName = _bucket, Key = _keys.KeyOf(path) };
        try
        {
            return await _client.GetObjectMetadataAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound && e.ErrorCode != "NoSuchBucket")
        {
            return null;
        }
        catch (Exception e) when (IsTranslatable(e, cancellationToken))
        {
            throw S3ErrorClassifier.Classify(e, $"looking up '{path}'", Description);
        }
    }

    private async Task<T> CallAsync<T>(string action, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e) when (IsTranslatable(e, cancellationToken))
        {
            throw S3ErrorClassifier.Classify(e, action, Description);
        }
    }

    /// <summary>Our own errors and the caller's cancellation pass unchanged; everything else is classified.</summary>
    private static bool IsTranslatable(Exception error, CancellationToken cancellationToken) =>
        error is not ConnectorException && !(error is OperationCanceledException && cancellationToken.IsCancellationRequested);

    private static DateTimeOffset? ToOffset(DateTime? time) => time is { } t ? new DateTimeOffset(t.ToUniversalTime(), TimeSpan.Zero) : null;
}
