using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.Http;

/// <summary>
/// A response body that releases its response (and so its connection) when the reader disposes it, and
/// gives up when the server sends nothing for the response timeout: a stalled download would otherwise
/// hold a task forever.
/// </summary>
internal sealed class ResponseBodyStream(HttpResponseMessage response, Stream body, TimeSpan stallTimeout, string source) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => body.Read(buffer, offset, count);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        using var deadline = new ResponseDeadline(stallTimeout, cancellationToken);
        try
        {
            return await body.ReadAsync(buffer, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (deadline.Expired)
        {
            throw new ConnectorException(
                ConnectorErrorKind.Timeout,
                $"{source} stalled: no data for {stallTimeout.TotalSeconds:0} s",
                e,
                propertyKeys: ["/network/responseTimeoutSeconds"]);
        }
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
            body.Dispose();
            response.Dispose();
        }

        base.Dispose(disposing);
    }
}
