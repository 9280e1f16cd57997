namespace Connectors.Oftp2.Tests.Session.Support;

/// <summary>
/// A long file without the memory for it: one random block repeated, each repetition with its index in its first
/// octets. Read, it is a payload; written to, it checks what arrives against the same pattern.
/// </summary>
internal sealed class PatternStream : Stream
{
    private const int BlockSize = 1 << 20;
    private static readonly byte[] Block = Payloads.Random(BlockSize, seed: 42);

    private readonly byte[] _mark = new byte[sizeof(long)];
    private readonly long _length;
    private long _position;

    public PatternStream(long length)
    {
        _length = length;
    }

    /// <summary>Octets written that differed from the pattern.</summary>
    public long Mismatches { get; private set; }

    public long Written { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, _length - _position);
        for (var done = 0; done < count;)
        {
            var piece = Pattern(_position + done, count - done);
            piece.CopyTo(buffer[done..]);
            done += piece.Length;
        }

        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        for (var done = 0; done < buffer.Length;)
        {
            var piece = Pattern(Written + done, buffer.Length - done);
            if (!piece.SequenceEqual(buffer.Slice(done, piece.Length)))
            {
                Mismatches += piece.Length;
            }

            done += piece.Length;
        }

        Written += buffer.Length;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    // The pattern from 'position' on, up to the end of its block: the block's index marks its first eight octets.
    private ReadOnlySpan<byte> Pattern(long position, int limit)
    {
        var within = (int)(position % BlockSize);
        if (within >= _mark.Length)
        {
            return Block.AsSpan(within, Math.Min(limit, BlockSize - within));
        }

        BitConverter.TryWriteBytes(_mark, position / BlockSize);
        return _mark.AsSpan(within, Math.Min(limit, _mark.Length - within));
    }
}
