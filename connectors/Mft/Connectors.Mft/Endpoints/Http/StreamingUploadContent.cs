using System.Net;

namespace Connectors.Mft.Endpoints.Http;

/// <summary>
/// A PUT body copied from the source stream chunk by chunk, never buffered whole, restarting the
/// response deadline after each chunk; it counts what it sent, which is the file's size afterwards.
/// </summary>
internal sealed class StreamingUploadContent : HttpContent
{
    private const int ChunkSize = 81920;

    private readonly Stream _source;
    private readonly ResponseDeadline _deadline;
    private readonly long? _length;

    public StreamingUploadContent(Stream source, ResponseDeadline deadline)
    {
        _source = source;
        _deadline = deadline;
        Headers.ContentType = new("application/octet-stream");
        // A known length lets servers that refuse chunked uploads accept the file.
        _length = source.CanSeek ? source.Length - source.Position : null;
    }

    public long BytesSent { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var buffer = new byte[ChunkSize];
        int read;
        while ((read = await _source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            BytesSent += read;
            _deadline.Restart();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length ?? -1;
        return _length is not null;
    }
}
