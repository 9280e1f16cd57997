namespace Connectors.SamplePlugin;

/// <summary>
/// A payload that can be sent more than once: the message's own stream when it can seek, otherwise a
/// temporary spool file, so a retry sends the same bytes and the length is known up front.
/// </summary>
internal sealed class SendablePayload : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly long _start;
    private readonly bool _owned;

    private SendablePayload(Stream stream, long start, bool owned)
    {
        _stream = stream;
        _start = start;
        _owned = owned;
    }

    public long Length => _stream.Length - _start;

    public static async Task<SendablePayload> OpenAsync(Stream source, CancellationToken cancellationToken)
    {
        if (source.CanSeek)
        {
            return new SendablePayload(source, source.Position, owned: false);
        }

        var spool = new FileStream(
            Path.Combine(Path.GetTempPath(), "sample-spool-" + Guid.NewGuid().ToString("N")),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            1 << 16,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            await source.CopyToAsync(spool, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await spool.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new SendablePayload(spool, 0, owned: true);
    }

    /// <summary>The stream positioned at the payload's first byte.</summary>
    public Stream Rewind()
    {
        _stream.Position = _start;
        return _stream;
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
