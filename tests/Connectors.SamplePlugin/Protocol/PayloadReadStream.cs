namespace Connectors.SamplePlugin.Protocol;

/// <summary>
/// The payload of one <c>FILE</c> command as a read-only stream: exactly its announced length, read
/// from the connection as the sink consumes it, so a file of any size never sits in memory. A read
/// that waits longer than the idle timeout fails with <see cref="TimeoutException"/>.
/// </summary>
public sealed class PayloadReadStream(ProtocolReader reader, long length, TimeSpan idleTimeout) : Stream
{
    private readonly long _length = length;
    private long _remaining = length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position
    {
        get => _length - _remaining;
        set => throw new NotSupportedException();
    }

    /// <summary>Bytes of the payload not read yet.</summary>
    public long Remaining => _remaining;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_remaining == 0 || buffer.IsEmpty)
        {
            return 0;
        }

        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        idle.CancelAfter(idleTimeout);
        int read;
        try
        {
            read = await reader.ReadAsync(buffer[..(int)Math.Min(buffer.Length, _remaining)], idle.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the partner sent nothing for {idleTimeout.TotalSeconds:0} s in the middle of a file");
        }

        if (read == 0)
        {
            throw new EndOfStreamException($"the connection closed after {Position} of {_length} bytes of the file");
        }

        _remaining -= read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    /// <summary>Reads and drops what the sink left unread, so the next command starts where it should.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        var scratch = new byte[8192];
        while (_remaining > 0)
        {
            await ReadAsync(scratch, cancellationToken).ConfigureAwait(false);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
