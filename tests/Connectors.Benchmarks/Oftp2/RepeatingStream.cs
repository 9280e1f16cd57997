namespace Connectors.Benchmarks.Oftp2;

/// <summary>A read-only stream of <c>length</c> octets repeating one random megabyte: a large file without a disk.</summary>
internal sealed class RepeatingStream(long length) : Stream
{
    private static readonly byte[] Block = CreateBlock();
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        var copied = 0;
        while (copied < count)
        {
            var at = (int)((_position + copied) % Block.Length);
            var piece = Math.Min(count - copied, Block.Length - at);
            Block.AsSpan(at, piece).CopyTo(buffer[copied..]);
            copied += piece;
        }

        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static byte[] CreateBlock()
    {
        var block = new byte[1 << 20];
        Random.Shared.NextBytes(block);
        return block;
    }
}
