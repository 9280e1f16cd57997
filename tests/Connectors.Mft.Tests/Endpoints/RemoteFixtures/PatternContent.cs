using System.Security.Cryptography;

namespace Connectors.Mft.Tests.Endpoints.RemoteFixtures;

/// <summary>
/// Test files of any size that are never held in memory: a non-seekable stream of seeded pseudo-random
/// bytes (so an endpoint must stream it), and hashes to prove what came back is byte-identical.
/// </summary>
internal static class PatternContent
{
    public static Stream Open(long length, int seed) => new PatternStream(length, seed);

    /// <summary>A pattern that tells its length (<paramref name="announced"/>, by default its real one) without being able to seek.</summary>
    public static Stream OpenSized(long length, int seed, long? announced = null) => new PatternStream(length, seed, announced ?? length);

    public static async Task<string> Md5Async(long length, int seed)
    {
        await using var content = Open(length, seed);
        return Convert.ToHexStringLower(await MD5.HashDataAsync(content));
    }

    public static async Task<string> Sha256Async(Stream content)
    {
        using var sha = SHA256.Create();
        var hash = await sha.ComputeHashAsync(content);
        return Convert.ToHexString(hash);
    }

    /// <summary>The hash of a pattern's bytes from <paramref name="skip"/> on: what a read from that offset must return.</summary>
    public static async Task<string> Sha256Async(long length, int seed, long skip = 0)
    {
        await using var content = new SkippingStream(Open(length, seed), skip);
        return await Sha256Async(content);
    }

    private sealed class SkippingStream(Stream inner, long skip) : Stream
    {
        private long _toSkip = skip;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            while (_toSkip > 0)
            {
                var skipped = inner.Read(buffer, offset, (int)Math.Min(count, _toSkip));
                if (skipped == 0)
                {
                    return 0;
                }

                _toSkip -= skipped;
            }

            return inner.Read(buffer, offset, count);
        }

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
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private sealed class PatternStream(long length, int seed, long? announced = null) : Stream
    {
        private readonly Random _random = new(seed);
        private long _remaining = length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => announced ?? throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var take = (int)Math.Min(count, _remaining);
            _random.NextBytes(buffer.AsSpan(offset, take));
            _remaining -= take;
            return take;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
