using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.Local;

/// <summary>A folder of this host as an endpoint: every path stays under its root, writes resume, the checksum is SHA-256.</summary>
public sealed class LocalFileEndpoint : IFileEndpoint
{
    private const string Sha256 = "sha256";
    private const int BufferSize = 1 << 20;
    private readonly LocalRootedPath _paths;

    public LocalFileEndpoint(string root)
    {
        _paths = new LocalRootedPath(root);
        Description = $"local folder {_paths.Root}";
    }

    public string Description { get; }

    public bool CanResume => true;

    public bool WritesAtomically => false;

    public string? ChecksumAlgorithm => Sha256;

    /// <summary>The full local path of <paramref name="path"/>, refused when it leaves the root.</summary>
    public string LocalPathOf(string path) => _paths.Resolve(path);

    public Task<IReadOnlyList<RemoteFile>> ListAsync(string folder, FileFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var full = _paths.Resolve(folder);
        if (!Directory.Exists(full))
        {
            return Task.FromResult<IReadOnlyList<RemoteFile>>([]);
        }

        var prefix = folder.Replace('\\', '/').Trim('/');
        IReadOnlyList<RemoteFile> files = new DirectoryInfo(full).EnumerateFiles()
            .Where(f => filter.Matches(f.Name))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new RemoteFile(prefix.Length == 0 ? f.Name : prefix + "/" + f.Name, f.Name, f.Length, f.LastWriteTimeUtc))
            .ToList();
        return Task.FromResult(files);
    }

    public Task<long?> SizeAsync(string path, CancellationToken cancellationToken)
    {
        var file = new FileInfo(_paths.Resolve(path));
        return Task.FromResult(file.Exists ? file.Length : (long?)null);
    }

    public Task<Stream> OpenReadAsync(string path, long offset, CancellationToken cancellationToken)
    {
        var full = _paths.Resolve(path);
        var stream = Guard(path, () => new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan));
        stream.Seek(offset, SeekOrigin.Begin);
        return Task.FromResult<Stream>(stream);
    }

    public async Task<long> WriteAsync(string path, Stream content, long offset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var full = _paths.Resolve(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Not shared: two runs writing the same file at once would interleave, and on Linux only an exclusive
        // open is enforced between handles; the second is refused instead.
        var target = Guard(path, () => new FileStream(full, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous));
        await using (target.ConfigureAwait(false))
        {
            if (target.Length < offset)
            {
                throw new ConnectorException(
                    ConnectorErrorKind.ProtocolViolation,
                    $"cannot continue '{path}' at byte {offset}: it holds only {target.Length} bytes");
            }

            // Whatever lies past the offset was never confirmed, so it is cut before writing on.
            target.SetLength(offset);
            target.Seek(offset, SeekOrigin.Begin);
            await content.CopyToAsync(target, BufferSize, cancellationToken).ConfigureAwait(false);
            await target.FlushAsync(cancellationToken).ConfigureAwait(false);
            target.Flush(flushToDisk: true);
            return target.Length;
        }
    }

    public Task RenameAsync(string from, string to, bool overwrite, CancellationToken cancellationToken)
    {
        var source = _paths.Resolve(from);
        var target = _paths.Resolve(to);
        if (!overwrite && File.Exists(target))
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"'{to}' exists already in {Description} and may not be overwritten");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Guard(from, () => { File.Move(source, target, overwrite); return 0; });
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        var full = _paths.Resolve(path);
        Guard(path, () => { File.Delete(full); return 0; });
        return Task.CompletedTask;
    }

    public async Task<string?> ChecksumAsync(string path, CancellationToken cancellationToken)
    {
        var full = _paths.Resolve(path);
        var stream = Guard(path, () => new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan));
        await using (stream.ConfigureAwait(false))
        {
            return await FileChecksum.OfAsync(stream, Sha256, cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private T Guard<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"'{path}' does not exist in {Description}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConnectorException(ConnectorErrorKind.ConnectionFailed, $"'{path}' in {Description}: {e.Message}", e);
        }
    }
}
