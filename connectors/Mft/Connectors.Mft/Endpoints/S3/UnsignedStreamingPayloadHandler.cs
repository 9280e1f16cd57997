using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Connectors.Mft.Endpoints.S3;

/// <summary>
/// Lets a request that carries <c>x-amz-content-sha256: UNSIGNED-PAYLOAD</c> go as one plain body. The SDK
/// otherwise sends a stream it cannot rewind in aws-chunked encoding, which S3-compatible servers often
/// store as it came, chunk signatures included. It runs before the signer, so the signature covers the
/// header as sent.
/// </summary>
internal sealed class UnsignedStreamingPayloadHandler : PipelineHandler
{
    public const string Header = "x-amz-content-sha256";

    public const string Unsigned = "UNSIGNED-PAYLOAD";

    public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        var request = executionContext.RequestContext.Request;
        if (request.Headers.TryGetValue(Header, out var hash) && hash == Unsigned)
        {
            request.UseChunkEncoding = false;
        }

        return base.InvokeAsync<T>(executionContext);
    }
}
