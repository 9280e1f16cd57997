using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Connectors.Mft.Tests.Endpoints.Fixtures;

/// <summary>
/// A long, non-seekable stream made up as it is read (random blocks, each stamped with its number), hashing
/// what it hands out, so a transfer of hundreds of MB needs no such file and no such buffer.
/// </summary>
public sealed class GeneratedContent(long length) : Stream
{
    private const int BlockSize = 64 * 1024;
    private readonly byte[] _block = TestContent.Random(BlockSize);
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _position;

    /// <summary>Called now and then while the stream is read, so a test can watch memory during the transfer.</summary>
    public Action? OnProgress { get; init; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>SHA-256 of everything read so far (all of it, once the stream ended).</summary>
    public byte[] Hash() => _hash.GetCurrentHash();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var inBlock = (int)(_position % BlockSize);
        var count = (int)Math.Min(Math.Min(buffer.Length, BlockSize - inBlock), length - _position);
        if (count <= 0)
        {
            return 0;
        }

        if (inBlock == 0)
        {
            BinaryPrimitives.WriteInt64LittleEndian(_block, _position / BlockSize);
            if (_position / BlockSize % 64 == 0)
            {
                OnProgress?.Invoke();
            }
        }

        _block.AsSpan(inBlock, count).CopyTo(buffer);
        _hash.AppendData(buffer[..count]);
        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
