namespace Connectors.Mft.Endpoints.S3;

/// <summary>
/// Reads through to a stream while counting the bytes, so an upload that announced a length can tell a
/// source that ended early from a connection that failed, and telling of each read, so its deadline can
/// move on.
/// </summary>
internal sealed class CountingStream(Stream inner, Action? progressed = null) : Stream
{
    public long Count { get; private set; }

    /// <summary>Whether a read found the end of the inner stream.</summary>
    public bool Ended { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Count;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Counted(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Counted(int read)
    {
        progressed?.Invoke();
        Count += read;
        Ended |= read == 0;
        return read;
    }
}
