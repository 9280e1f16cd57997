using System.IO.Pipelines;

namespace Connectors.Mft.Endpoints.Curl;

/// <summary>
/// The reading end of a download. Disposing it before the end stops the transfer, so a reader that gives up
/// does not leave libcurl's thread waiting on a full pipe.
/// </summary>
internal sealed class CurlDownloadStream(PipeReader reader, CurlTransfer transfer) : Stream
{
    private readonly Stream _inner = reader.AsStream();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => _inner.Read(buffer);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _inner.ReadAsync(buffer, offset, count, cancellationToken);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(buffer, cancellationToken);

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
            transfer.Stop();
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
