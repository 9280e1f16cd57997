using Connectors.Mft.Endpoints.S3;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;

namespace Connectors.Mft.Tests.Endpoints.S3;

[Collection(S3rverCollection.Name)]
public sealed class When_a_multipart_upload_is_cancelled(S3rverProcess s3)
{
    [Fact]
    public async Task It_ends_as_cancelled_and_leaves_no_object()
    {
        var root = "cancelled/" + Guid.NewGuid().ToString("N");
        var profile = s3.Profile(root);
        await using var endpoint = await new S3EndpointOpener().OpenAsync("test-s3", profile, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        // Of unknown length, so it goes in parts; cancelled once several parts are under way.
        await using var upload = new CancellingStream(PatternContent.Open(200L * 1024 * 1024, seed: 9), cancel, after: 6L * S3StreamingUpload.PartSize);
        var failure = await Record.ExceptionAsync(() => endpoint.WriteAsync("big/cut.bin", upload, 0, cancel.Token));

        Assert.True(failure is OperationCanceledException, $"a cancelled upload should end in OperationCanceledException, not {failure?.GetType().Name ?? "success"}: {failure?.Message}");
        Assert.True(await endpoint.SizeAsync("big/cut.bin", CancellationToken.None) is null, "a cancelled upload must leave no object");
    }

    /// <summary>Cancels the upload once <paramref name="after"/> bytes were read, as an operator stopping the run would.</summary>
    private sealed class CancellingStream(Stream inner, CancellationTokenSource cancel, long after) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            _read += read;
            if (_read >= after)
            {
                cancel.Cancel();
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
