using System.Buffers;
using System.Security.Cryptography;
using System.Threading.Channels;

namespace Connectors.Mft.Endpoints.S3;

/// <summary>
/// Reads through to a stream while counting the bytes and taking their MD5, so an upload can compare what it
/// sent with the ETag S3 answers (the MD5 of the object) without reading the file a second time. The MD5
/// is taken on another thread from copies of what was read, a few blocks behind, so hashing does not hold
/// up sending; at most <see cref="BlocksBehind"/> blocks wait, which keeps memory flat.
/// </summary>
internal sealed class Md5CountingStream : Stream
{
    private const int BlocksBehind = 8;

    // MD5 because it is what S3's ETag of a single PUT is; it only compares, it protects nothing.
#pragma warning disable CA5351
    private readonly IncrementalHash _md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5351
    private readonly Channel<(byte[] Block, int Length)> _blocks = Channel.CreateBounded<(byte[], int)>(new BoundedChannelOptions(BlocksBehind) { SingleReader = true, SingleWriter = true });
    private readonly Stream _inner;
    private readonly Task _hashing;

    public Md5CountingStream(Stream inner)
    {
        _inner = inner;
        _hashing = Task.Run(HashBlocksAsync);
    }

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

    /// <summary>The MD5 of everything read, as lower-case hex; call once, after the last read.</summary>
    public async Task<string> Md5HexAsync()
    {
        _blocks.Writer.TryComplete();
        await _hashing.ConfigureAwait(false);
        return Convert.ToHexStringLower(_md5.GetHashAndReset());
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        await _blocks.Writer.WriteAsync(Copy(buffer.Span[..read]), cancellationToken).ConfigureAwait(false);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

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
            _blocks.Writer.TryComplete();
            _hashing.GetAwaiter().GetResult();
            _md5.Dispose();
        }

        base.Dispose(disposing);
    }

    private (byte[] Block, int Length) Copy(ReadOnlySpan<byte> bytes)
    {
        Count += bytes.Length;
        Ended |= bytes.IsEmpty;
        var block = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length, 1));
        bytes.CopyTo(block);
        return (block, bytes.Length);
    }

    private async Task HashBlocksAsync()
    {
        await foreach (var (block, length) in _blocks.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            _md5.AppendData(block, 0, length);
            ArrayPool<byte>.Shared.Return(block);
        }
    }
}
