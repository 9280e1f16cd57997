using System.Net;
using System.Net.Http.Headers;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.Http;

/// <summary>
/// A web server folder as a file endpoint: GET (with Range from an offset) reads, PUT writes, HEAD sizes,
/// DELETE deletes, WebDAV MOVE renames (or GET, PUT and DELETE when the server has no MOVE), and
/// <see cref="HttpFolderIndex"/> lists. A PUT replaces the whole file, so a transfer cannot resume here.
/// </summary>
internal sealed class HttpEndpoint : IFileEndpoint
{
    private static readonly HttpMethod Move = new("MOVE");

    private readonly HttpClient _client;
    private readonly HttpUrlMap _urls;
    private readonly TimeSpan _responseTimeout;

    public HttpEndpoint(HttpClient client, HttpUrlMap urls, TimeSpan responseTimeout, string description)
    {
        _client = client;
        _urls = urls;
        _responseTimeout = responseTimeout;
        Description = description;
    }

    public string Description { get; }

    public bool CanResume => false;

    public bool WritesAtomically => false;

    public string? ChecksumAlgorithm => null;

    /// <summary>Proves the server answers and takes the credentials; any other answer about the root is fine, as not every server lists it.</summary>
    public async Task VerifyAccessAsync(CancellationToken cancellationToken)
    {
        using var deadline = NewDeadline(cancellationToken);
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Head, _urls.Root), deadline, "connecting").ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw HttpErrorClassifier.FromStatus(response, "connecting", Description);
        }
    }

    public async Task<IReadOnlyList<RemoteFile>> ListAsync(string folder, FileFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var url = _urls.FolderOf(folder);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var deadline = NewDeadline(cancellationToken);
        using var response = await SendExpectingSuccessAsync(request, deadline, $"listing '{folder}'").ConfigureAwait(false);
        var body = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            return await HttpFolderIndex.ReadAsync(body, folder, filter, $"the answer of {Description} for '{folder}'", deadline.Token).ConfigureAwait(false);
        }
    }

    public async Task<long?> SizeAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, _urls.FileOf(path));
        using var deadline = NewDeadline(cancellationToken);
        using var response = await SendAsync(request, deadline, $"looking up '{path}'").ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return null;
        }

        EnsureSuccess(response, $"looking up '{path}'");
        return response.Content.Headers.ContentLength
            ?? throw new ConnectorException(ConnectorErrorKind.ProtocolViolation, $"{Description} answered HEAD '{path}' without a Content-Length");
    }

    public async Task<Stream> OpenReadAsync(string path, long offset, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var action = $"reading '{path}'";
        using var request = new HttpRequestMessage(HttpMethod.Get, _urls.FileOf(path));
        if (offset > 0)
        {
            request.Headers.Range = new RangeHeaderValue(offset, null);
        }

        using var deadline = NewDeadline(cancellationToken);
        var response = await SendAsync(request, deadline, action).ConfigureAwait(false);
        try
        {
            if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable && response.Content.Headers.ContentRange?.Length == offset)
            {
                // Resuming a read that had already reached the end: nothing is left to read.
                response.Dispose();
                return Stream.Null;
            }

            EnsureSuccess(response, action);
            var body = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
            if (offset > 0 && response.StatusCode != HttpStatusCode.PartialContent)
            {
                // The server ignored the Range header and sent the whole file: skip what was already read.
                await SkipAsync(body, offset, path, deadline.Token).ConfigureAwait(false);
            }

            return new ResponseBodyStream(response, body, _responseTimeout, $"reading '{path}' from {Description}");
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    public async Task<long> WriteAsync(string path, Stream content, long offset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (offset != 0)
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"writing '{path}' at offset {offset} is not possible: {Description} can only replace a whole file (HTTP PUT), so a transfer to it restarts from the beginning");
        }

        using var deadline = NewDeadline(cancellationToken);
        using var body = new StreamingUploadContent(content, deadline);
        using var request = new HttpRequestMessage(HttpMethod.Put, _urls.FileOf(path)) { Content = body };
        using var response = await SendExpectingSuccessAsync(request, deadline, $"writing '{path}'").ConfigureAwait(false);
        return body.BytesSent;
    }

    public async Task RenameAsync(string from, string to, bool overwrite, CancellationToken cancellationToken)
    {
        var action = $"renaming '{from}' to '{to}'";
        using var request = new HttpRequestMessage(Move, _urls.FileOf(from));
        request.Headers.Add("Destination", _urls.FileOf(to).AbsoluteUri);
        request.Headers.Add("Overwrite", overwrite ? "T" : "F");
        using var deadline = NewDeadline(cancellationToken);
        using var response = await SendAsync(request, deadline, action).ConfigureAwait(false);
        switch (response.StatusCode)
        {
            case HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotImplemented:
                await CopyAndDeleteAsync(from, to, overwrite, cancellationToken).ConfigureAwait(false);
                return;
            case HttpStatusCode.PreconditionFailed:
                throw TargetExists(from, to);
            default:
                EnsureSuccess(response, action);
                return;
        }
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, _urls.FileOf(path));
        using var deadline = NewDeadline(cancellationToken);
        using var response = await SendAsync(request, deadline, $"deleting '{path}'").ConfigureAwait(false);
        if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Gone))
        {
            EnsureSuccess(response, $"deleting '{path}'");
        }
    }

    /// <summary>An HTTP ETag identifies a version, not content: two servers may give the same bytes different tags, so none is offered.</summary>
    public Task<string?> ChecksumAsync(string path, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Rename on a server without WebDAV: the file travels down and up again, streamed.</summary>
    private async Task CopyAndDeleteAsync(string from, string to, bool overwrite, CancellationToken cancellationToken)
    {
        if (!overwrite && await SizeAsync(to, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw TargetExists(from, to);
        }

        var source = await OpenReadAsync(from, 0, cancellationToken).ConfigureAwait(false);
        await using (source.ConfigureAwait(false))
        {
            await WriteAsync(to, source, 0, cancellationToken).ConfigureAwait(false);
        }

        await DeleteAsync(from, cancellationToken).ConfigureAwait(false);
    }

    private ConnectorException TargetExists(string from, string to) =>
        new(ConnectorErrorKind.Configuration, $"renaming '{from}' to '{to}' on {Description}: '{to}' exists and overwriting was not asked for");

    private async Task<HttpResponseMessage> SendExpectingSuccessAsync(HttpRequestMessage request, ResponseDeadline deadline, string action)
    {
        var response = await SendAsync(request, deadline, action).ConfigureAwait(false);
        try
        {
            EnsureSuccess(response, action);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, ResponseDeadline deadline, string action)
    {
        try
        {
            return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !deadline.CallerCancelled))
        {
            throw HttpErrorClassifier.FromException(e, action, Description, deadline.Expired);
        }
    }

    private void EnsureSuccess(HttpResponseMessage response, string action)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw HttpErrorClassifier.FromStatus(response, action, Description);
        }
    }

    private ResponseDeadline NewDeadline(CancellationToken cancellationToken) => new(_responseTimeout, cancellationToken);

    private async Task SkipAsync(Stream body, long count, string path, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        while (count > 0)
        {
            var read = await body.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count)), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new ConnectorException(ConnectorErrorKind.Configuration, $"reading '{path}' from {Description}: the file is shorter than the offset");
            }

            count -= read;
        }
    }
}
