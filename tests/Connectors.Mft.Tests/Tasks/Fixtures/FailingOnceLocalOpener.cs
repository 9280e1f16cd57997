using Connectors.Mft.Endpoints;
using Connectors.Mft.Endpoints.Local;
using Connectors.Mft.Profiles;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Tasks.Fixtures;

/// <summary>
/// Opens real local folders, but the first write to a file named like <see cref="FileName"/> stops
/// half-way with a lost connection, as a network endpoint would; later writes go through.
/// </summary>
public sealed class FailingOnceLocalOpener(string fileName) : IEndpointOpener
{
    private int _failures;

    public string FileName { get; } = fileName;

    /// <summary>Bytes the failed write got onto the disk before it broke off.</summary>
    public long BytesBeforeFailure { get; private set; }

    public Type ProfileType => typeof(LocalEndpointProfile);

    public Task<IFileEndpoint> OpenAsync(string name, EndpointProfile profile, CancellationToken cancellationToken) =>
        Task.FromResult<IFileEndpoint>(new Endpoint(new LocalFileEndpoint(profile.Root), this));

    private sealed class Endpoint(LocalFileEndpoint inner, FailingOnceLocalOpener owner) : IFileEndpoint
    {
        public string Description => inner.Description;

        public bool CanResume => inner.CanResume;

        public bool WritesAtomically => inner.WritesAtomically;

        public string? ChecksumAlgorithm => inner.ChecksumAlgorithm;

        public Task<IReadOnlyList<RemoteFile>> ListAsync(string folder, FileFilter filter, CancellationToken cancellationToken) => inner.ListAsync(folder, filter, cancellationToken);

        public Task<long?> SizeAsync(string path, CancellationToken cancellationToken) => inner.SizeAsync(path, cancellationToken);

        public Task<Stream> OpenReadAsync(string path, long offset, CancellationToken cancellationToken) => inner.OpenReadAsync(path, offset, cancellationToken);

        public async Task<long> WriteAsync(string path, Stream content, long offset, CancellationToken cancellationToken)
        {
            if (!path.Contains(owner.FileName, StringComparison.Ordinal) || Interlocked.Increment(ref owner._failures) > 1)
            {
                return await inner.WriteAsync(path, content, offset, cancellationToken);
            }

            var half = new byte[128 * 1024];
            var read = await content.ReadAtLeastAsync(half, half.Length, throwOnEndOfStream: false, cancellationToken);
            owner.BytesBeforeFailure = await inner.WriteAsync(path, new MemoryStream(half, 0, read), offset, cancellationToken);
            throw new ConnectorException(ConnectorErrorKind.ConnectionFailed, $"connection to {Description} lost while writing {path}");
        }

        public Task RenameAsync(string from, string to, bool overwrite, CancellationToken cancellationToken) => inner.RenameAsync(from, to, overwrite, cancellationToken);

        public Task DeleteAsync(string path, CancellationToken cancellationToken) => inner.DeleteAsync(path, cancellationToken);

        public Task<string?> ChecksumAsync(string path, CancellationToken cancellationToken) => inner.ChecksumAsync(path, cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
