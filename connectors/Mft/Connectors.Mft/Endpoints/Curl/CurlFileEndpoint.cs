using System.IO.Pipelines;
using System.Runtime.ExceptionServices;
using System.Text;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Profiles;

namespace Connectors.Mft.Endpoints.Curl;

/// <summary>
/// What FTP, FTPS and SFTP endpoints share: every operation is one libcurl operation on a pooled handle
/// (so the logged-in connection is reused), downloads stream through a bounded pipe, uploads pull from the
/// caller's stream, and renames and deletes are server commands. A protocol supplies its URLs, its
/// commands, its session options and how its TLS or host-key failures read.
/// </summary>
internal abstract class CurlFileEndpoint : IFileEndpoint
{
    /// <summary>The download pipe holds at most this much before libcurl's thread waits for the reader.</summary>
    private const long PipeCapacity = 1024 * 1024;

    private readonly CurlHandlePool _pool = new();
    private readonly NetworkSettings _network;

    protected CurlFileEndpoint(RemoteRoot root, string description, NetworkSettings network)
    {
        Root = root;
        Description = description;
        _network = network;
    }

    public string Description { get; }

    public bool CanResume => true;

    public bool WritesAtomically => false;

    public string? ChecksumAlgorithm => null;

    protected RemoteRoot Root { get; }

    /// <summary>The keys an operator fixes when the login is refused.</summary>
    protected abstract IReadOnlyList<string> CredentialKeys { get; }

    /// <summary>The URL of the account's login folder, where commands run.</summary>
    protected abstract string SessionUrl { get; }

    protected abstract string UrlOf(RemotePath path, bool folder);

    /// <summary>Credentials, TLS or host key, and the protocols this endpoint may speak.</summary>
    protected abstract void ConfigureSession(CurlEasy easy);

    protected abstract IReadOnlyList<string> RenameCommands(RemotePath from, RemotePath to, bool overwrite);

    protected abstract IReadOnlyList<string> DeleteCommands(RemotePath path);

    /// <summary>A TLS or host-key failure told the way this protocol's operator fixes it; null for any other failure.</summary>
    protected abstract ConnectorException? ClassifySecurityFailure(CurlOutcome outcome);

    /// <summary>Connects and logs in, and checks that the root folder can be entered.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        var transfer = new CurlTransfer(cancellationToken);
        var outcome = await RunAsync(transfer, easy =>
        {
            easy.Set(CurlOption.Url, UrlOf(Root.Path, folder: true));
            easy.Set(CurlOption.NoBody, true);
        }).ConfigureAwait(false);
        ThrowIfFailed(outcome, transfer, Root.Path);
    }

    public async Task<IReadOnlyList<RemoteFile>> ListAsync(string folder, FileFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var remote = Root.Resolve(folder);
        var relativeFolder = string.Join('/', remote.Segments.Skip(Root.Path.Segments.Count));
        var files = new List<RemoteFile>();
        await foreach (var (name, size, modified) in ListFilesAsync(remote, cancellationToken).ConfigureAwait(false))
        {
            if (filter.Matches(name))
            {
                files.Add(new RemoteFile(relativeFolder.Length == 0 ? name : relativeFolder + "/" + name, name, size, modified));
            }
        }

        return files;
    }

    public Task<long?> SizeAsync(string path, CancellationToken cancellationToken) => SizeOfAsync(Root.Resolve(path), cancellationToken);

    public Task<Stream> OpenReadAsync(string path, long offset, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var remote = Root.Resolve(path);
        return OpenDownloadAsync(UrlOf(remote, folder: false), remote, offset, cancellationToken);
    }

    public async Task<long> WriteAsync(string path, Stream content, long offset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var remote = Root.Resolve(path);
        if (offset > 0)
        {
            // Appending to a file of another length would silently corrupt it, so the resume point is checked first.
            var existing = await SizeOfAsync(remote, cancellationToken).ConfigureAwait(false);
            if (existing != offset)
            {
                throw new ConnectorException(
                    ConnectorErrorKind.RejectedByPartner,
                    $"'{remote}' on {Description} cannot be continued at byte {offset}: the server holds {(existing is null ? "no such file" : $"{existing} bytes")}.");
            }
        }

        var transfer = new CurlTransfer(cancellationToken, source: content);
        var outcome = await RunAsync(transfer, easy =>
        {
            easy.Set(CurlOption.Url, UrlOf(remote, folder: false));
            easy.Set(CurlOption.Upload, true);
            easy.Set(CurlOption.Append, offset > 0);
            easy.Set(CurlOption.FtpCreateMissingDirs, 1L);
        }).ConfigureAwait(false);
        var expected = offset + Math.Max(outcome.BytesUploaded, 0);
        if (!outcome.Succeeded && await ArrivedDespiteLateFailureAsync(outcome, transfer, remote, expected, cancellationToken).ConfigureAwait(false))
        {
            return expected;
        }

        ThrowIfFailed(outcome, transfer, remote);
        return expected;
    }

    public async Task RenameAsync(string from, string to, bool overwrite, CancellationToken cancellationToken)
    {
        var source = Root.Resolve(from);
        var target = Root.Resolve(to);
        if (!overwrite && await SizeOfAsync(target, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new ConnectorException(
                ConnectorErrorKind.RejectedByPartner,
                $"'{source}' on {Description} cannot be renamed to '{target}': that file exists, and replacing it was not asked for.");
        }

        var (outcome, transfer) = await RunCommandsAsync(RenameCommands(source, target, overwrite), cancellationToken).ConfigureAwait(false);
        ThrowIfFailed(outcome, transfer, source);
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        var remote = Root.Resolve(path);
        var (outcome, transfer) = await RunCommandsAsync(DeleteCommands(remote), cancellationToken).ConfigureAwait(false);

        // A refused delete of a file that is not there is the outcome asked for; any other refusal is not.
        if (outcome.Code == CurlCode.QuoteError && await SizeOfAsync(remote, cancellationToken).ConfigureAwait(false) is null)
        {
            return;
        }

        ThrowIfFailed(outcome, transfer, remote);
    }

    /// <summary>
    /// vsftpd built with OpenSSL 3 may answer a complete FTPS upload with 426, because it takes the end of the
    /// TLS data connection for a failure. When every byte was sent and the server holds exactly the expected
    /// size, the file did arrive.
    /// </summary>
    private async Task<bool> ArrivedDespiteLateFailureAsync(CurlOutcome outcome, CurlTransfer transfer, RemotePath remote, long expected, CancellationToken cancellationToken) =>
        outcome is { Code: CurlCode.PartialFile, ResponseCode: 426 }
        && transfer.SourceEnded
        && transfer.CallbackFailure is null
        && await SizeOfAsync(remote, cancellationToken).ConfigureAwait(false) == expected;

    /// <summary>Neither FTP nor SFTP offers a checksum every server supports; computing one means reading the file.</summary>
    public Task<string?> ChecksumAsync(string path, CancellationToken cancellationToken)
    {
        _ = Root.Resolve(path);
        return Task.FromResult<string?>(null);
    }

    public ValueTask DisposeAsync()
    {
        _pool.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The size the server reports for a file, or null when it has none; a server that reports none is asked for a listing.</summary>
    protected async Task<long?> SizeOfAsync(RemotePath remote, CancellationToken cancellationToken)
    {
        var transfer = new CurlTransfer(cancellationToken);
        var outcome = await RunAsync(transfer, easy =>
        {
            easy.Set(CurlOption.Url, UrlOf(remote, folder: false));
            easy.Set(CurlOption.NoBody, true);
        }).ConfigureAwait(false);
        if (outcome.Code is CurlCode.RemoteFileNotFound or CurlCode.FtpCouldNotRetrieveFile)
        {
            return null;
        }

        ThrowIfFailed(outcome, transfer, remote);
        return outcome.ContentLength >= 0 ? outcome.ContentLength : await SizeFromListingAsync(remote, cancellationToken).ConfigureAwait(false);
    }

    private async Task<long?> SizeFromListingAsync(RemotePath remote, CancellationToken cancellationToken)
    {
        if (remote.Segments.Count == 0)
        {
            return null;
        }

        var name = remote.Segments[^1];
        var folder = remote with { Segments = remote.Segments.Take(remote.Segments.Count - 1).ToArray() };
        await foreach (var file in ListFilesAsync(folder, cancellationToken).ConfigureAwait(false))
        {
            if (file.Name == name)
            {
                return file.Size;
            }
        }

        return null;
    }

    private async IAsyncEnumerable<(string Name, long Size, DateTimeOffset? Modified)> ListFilesAsync(
        RemotePath folder, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var stream = await OpenDownloadAsync(UrlOf(folder, folder: true), folder, 0, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (DirectoryListingParser.ParseFile(line, now) is { } file)
                {
                    yield return file;
                }
            }
        }
    }

    /// <summary>
    /// Starts a download and returns once the first bytes (or the end) arrived, so a missing file or a refused
    /// login fails here rather than at the first read. The token covers this opening; disposing the stream
    /// stops the transfer later.
    /// </summary>
    private async Task<Stream> OpenDownloadAsync(string url, RemotePath path, long offset, CancellationToken cancellationToken)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: PipeCapacity, resumeWriterThreshold: PipeCapacity / 2, useSynchronizationContext: false));
        var transfer = new CurlTransfer(CancellationToken.None, sink: pipe.Writer);
        var running = RunAsync(transfer, easy =>
        {
            easy.Set(CurlOption.Url, url);
            if (offset > 0)
            {
                easy.SetOffset(CurlOption.ResumeFromLarge, offset);
            }
        });
        _ = running.ContinueWith(
            finished => pipe.Writer.Complete(finished.IsFaulted ? finished.Exception.InnerException : FailureOf(finished.Result, transfer, path)),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        try
        {
            using (cancellationToken.Register(transfer.Stop))
            {
                var first = await pipe.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                pipe.Reader.AdvanceTo(first.Buffer.Start);
            }

            return new CurlDownloadStream(pipe.Reader, transfer);
        }
        catch
        {
            transfer.Stop();
            await pipe.Reader.CompleteAsync().ConfigureAwait(false);
            throw;
        }
    }

    private Task<(CurlOutcome Outcome, CurlTransfer Transfer)> RunCommandsAsync(IReadOnlyList<string> commands, CancellationToken cancellationToken)
    {
        var transfer = new CurlTransfer(cancellationToken);
        return RunAsync(transfer, easy =>
        {
            easy.Set(CurlOption.Url, SessionUrl);
            easy.Set(CurlOption.NoBody, true);
            easy.Set(CurlOption.Quote, commands);
        }).ContinueWith(t => (t.Result, transfer), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private Task<CurlOutcome> RunAsync(CurlTransfer transfer, Action<CurlEasy> configure) =>
        CurlTransfer.RunAsync(_pool, transfer, easy =>
        {
            ConfigureSession(easy);
            easy.Set(CurlOption.ConnectTimeout, (long)_network.ConnectTimeoutSeconds);
            easy.Set(CurlOption.ServerResponseTimeout, (long)_network.ResponseTimeoutSeconds);

            // A transfer that moves nothing for the response timeout is stalled, however long the file.
            easy.Set(CurlOption.LowSpeedLimit, 1L);
            easy.Set(CurlOption.LowSpeedTime, (long)_network.ResponseTimeoutSeconds);
            configure(easy);
        });

    private void ThrowIfFailed(CurlOutcome outcome, CurlTransfer transfer, RemotePath? path)
    {
        if (FailureOf(outcome, transfer, path) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    private Exception? FailureOf(CurlOutcome outcome, CurlTransfer transfer, RemotePath? path)
    {
        if (outcome.Succeeded || transfer.ReaderLeft)
        {
            return null;
        }

        if (transfer.Cancellation.IsCancellationRequested)
        {
            return new OperationCanceledException(transfer.Cancellation);
        }

        // The caller's own stream failed while uploading: that is its exception, not the server's.
        if (transfer.CallbackFailure is { } callbackFailure)
        {
            return callbackFailure;
        }

        return ClassifySecurityFailure(outcome) ?? CurlFailureClassifier.Classify(outcome, Description, path, CredentialKeys);
    }
}
