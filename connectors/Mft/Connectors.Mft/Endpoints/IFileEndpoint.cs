namespace Connectors.Mft.Endpoints;

/// <summary>
/// One endpoint of a transfer — a local folder or a remote site — as the task's steps use it. Paths are
/// relative to the endpoint's root and use '/'; an implementation refuses a path that leaves the root.
/// Failures throw <see cref="Connectors.Sdk.Errors.ConnectorException"/> with a message that names what
/// to fix (host, credentials, host key, path) and never a secret.
/// </summary>
public interface IFileEndpoint : IAsyncDisposable
{
    /// <summary>How the endpoint reads in a log: its kind and address, never a credential.</summary>
    string Description { get; }

    /// <summary>Whether a write can continue a partial file from an offset (FTP, SFTP, local).</summary>
    bool CanResume { get; }

    /// <summary>
    /// Whether a written file appears only once it is complete (an S3 object), so a transfer may write it
    /// under its final name; elsewhere it is written under a temporary name and renamed.
    /// </summary>
    bool WritesAtomically { get; }

    /// <summary>Files in <paramref name="folder"/> (not below it) whose names match <paramref name="filter"/>.</summary>
    Task<IReadOnlyList<RemoteFile>> ListAsync(string folder, FileFilter filter, CancellationToken cancellationToken);

    /// <summary>The size of <paramref name="path"/>, or null when it does not exist.</summary>
    Task<long?> SizeAsync(string path, CancellationToken cancellationToken);

    /// <summary>Reads <paramref name="path"/> from <paramref name="offset"/> on, streaming.</summary>
    Task<Stream> OpenReadAsync(string path, long offset, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/>: from its start when
    /// <paramref name="offset"/> is 0, or appended at <paramref name="offset"/> to what the file already holds
    /// (resume). Returns the file's size afterwards. The content's <see cref="Stream.Length"/> is used when it
    /// reports one, even without seeking: an endpoint may then send it in one request.
    /// </summary>
    Task<long> WriteAsync(string path, Stream content, long offset, CancellationToken cancellationToken);

    /// <summary>Renames <paramref name="from"/> to <paramref name="to"/>, replacing it when <paramref name="overwrite"/>.</summary>
    Task RenameAsync(string from, string to, bool overwrite, CancellationToken cancellationToken);

    /// <summary>Deletes <paramref name="path"/>; a file already gone is not an error.</summary>
    Task DeleteAsync(string path, CancellationToken cancellationToken);

    /// <summary>
    /// The algorithm of the checksum <see cref="ChecksumAsync"/> gives for a file this endpoint wrote, when it
    /// is known before the write (<c>sha256</c> locally, <c>md5</c> for an S3 object sent in one PUT), so the
    /// local side can be hashed while the file is sent; null when the endpoint offers none.
    /// </summary>
    string? ChecksumAlgorithm { get; }

    /// <summary>A checksum the endpoint offers cheaply (an S3 object's MD5 or ETag, a local SHA-256), as <c>algorithm:hex</c>; null when it offers none.</summary>
    Task<string?> ChecksumAsync(string path, CancellationToken cancellationToken);
}
