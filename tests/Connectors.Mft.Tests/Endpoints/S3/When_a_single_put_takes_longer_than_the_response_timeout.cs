using Connectors.Mft.Endpoints.S3;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.S3;

[Collection(S3rverCollection.Name)]
public sealed class When_a_single_put_takes_longer_than_the_response_timeout(S3rverProcess s3)
{
    [Fact]
    public async Task It_completes_while_it_keeps_moving_and_times_out_when_it_stalls()
    {
        var profile = s3.Profile("slow/" + Guid.NewGuid().ToString("N")) with { Network = new() { ConnectTimeoutSeconds = 5, ResponseTimeoutSeconds = 1 } };
        await using var endpoint = await new S3EndpointOpener().OpenAsync("slow-s3", profile, CancellationToken.None);

        // Eight pieces half a second apart: four seconds in all, never a second without progress.
        await using (var moving = new PacedStream(pieces: 8, pause: TimeSpan.FromMilliseconds(500)))
        {
            var written = await endpoint.WriteAsync("in/moving.bin", moving, 0, CancellationToken.None);
            Assert.True(written == moving.Length, $"an upload that keeps moving should complete however long it takes, but wrote {written} of {moving.Length}");
        }

        await using var stalled = new PacedStream(pieces: 2, pause: TimeSpan.FromSeconds(3));
        var failure = await Assert.ThrowsAsync<ConnectorException>(() => endpoint.WriteAsync("in/stalled.bin", stalled, 0, CancellationToken.None));
        Assert.True(failure.Kind == ConnectorErrorKind.Timeout, $"an upload silent for longer than the response timeout should time out, not fail as {failure.Kind}: {failure.Message}");
    }

    /// <summary>Content of known length that arrives in pieces with a pause before each.</summary>
    private sealed class PacedStream(int pieces, TimeSpan pause) : Stream
    {
        private const int PieceSize = 4096;
        private int _given;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => (long)pieces * PieceSize;

        public override long Position { get => (long)_given * PieceSize; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_given == pieces)
            {
                return 0;
            }

            await Task.Delay(pause, cancellationToken);
            var take = Math.Min(buffer.Length, PieceSize);
            buffer.Span[..take].Fill((byte)'x');
            _given++;
            return take;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
