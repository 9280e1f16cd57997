using System.Net;

namespace Connectors.Ota.Protocol.Multipart;

/// <summary>
/// A body part whose bytes are opened only while it is being sent, so building a request holds no file
/// open and a resent request reads the same bytes again.
/// </summary>
internal sealed class OpenOnSendContent(Func<Stream> open, long length) : HttpContent
{
    private const int CopyBufferSize = 64 * 1024;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var source = open();
        await using (source.ConfigureAwait(false))
        {
            await source.CopyToAsync(stream, CopyBufferSize, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override bool TryComputeLength(out long computed)
    {
        computed = length;
        return true;
    }
}
