using System.Security.Cryptography;

namespace Connectors.Oftp2.Security;

/// <summary>
/// A pass-through stream that hashes every octet read from or written to it, so the EERPHSH of a file (the hash of
/// the file as transmitted, RFC 5024 §5.3.13) is known when the last octet has gone by, without a second pass.
/// </summary>
public sealed class HashingStream : Stream
{
    private readonly Stream inner;
    private readonly IncrementalHash hash;
    private readonly bool leaveOpen;
    private byte[]? finished;

    /// <param name="inner">The stream to read from or write to.</param>
    /// <param name="algorithm">The hash, usually <see cref="CipherSuiteAlgorithms.Digest"/> of the file's suite.</param>
    /// <param name="leaveOpen">Whether disposing this stream leaves <paramref name="inner"/> open.</param>
    public HashingStream(Stream inner, HashAlgorithmName algorithm, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(inner);
        this.inner = inner;
        this.leaveOpen = leaveOpen;
        Algorithm = algorithm;
        hash = IncrementalHash.CreateHash(algorithm);
    }

    public HashAlgorithmName Algorithm { get; }

    /// <summary>How many octets went through so far.</summary>
    public long BytesHashed { get; private set; }

    public override bool CanRead => inner.CanRead;

    public override bool CanWrite => inner.CanWrite;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesHashed;
        set => throw new NotSupportedException();
    }

    /// <summary>The hash of every octet that went through. The first call ends hashing: later reads or writes fail.</summary>
    public byte[] GetHash()
    {
        finished ??= hash.GetHashAndReset();
        return (byte[])finished.Clone();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Append(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Append(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        Append(buffer);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        Append(buffer.Span);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hash.Dispose();
            if (!leaveOpen)
            {
                inner.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private void Append(ReadOnlySpan<byte> octets)
    {
        if (octets.IsEmpty)
        {
            return;
        }

        if (finished is not null)
        {
            throw new InvalidOperationException("The hash was already taken; no more octets can go through this stream");
        }

        hash.AppendData(octets);
        BytesHashed += octets.Length;
    }
}
