namespace Connectors.Oftp2.Tests.Security.Support;

/// <summary>
/// A read-only stream of a given length whose octets are made as they are read, so a test can send gigabytes
/// without holding them. The octets come from a 16-letter alphabet, so zlib has something to compress.
/// </summary>
internal sealed class GeneratedStream(long length, ulong seed = 0x9E3779B97F4A7C15) : Stream
{
    private const string Alphabet = "ABCDEFGHIJ+:'\r\n0";
    private ulong state = seed;
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - position);
        for (var index = 0; index < count; index++)
        {
            // xorshift64: cheap, deterministic, and good enough to be no pattern zlib can collapse.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            buffer[index] = (byte)Alphabet[(int)(state & 0xF)];
        }

        position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
