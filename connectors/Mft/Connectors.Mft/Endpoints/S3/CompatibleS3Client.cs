using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.S3;

namespace Connectors.Mft.Endpoints.S3;

/// <summary>The SDK's S3 client with the one request fix S3-compatible servers need (<see cref="CopySourceSlashesHandler"/>).</summary>
internal sealed class CompatibleS3Client(AWSCredentials credentials, AmazonS3Config config) : AmazonS3Client(credentials, config)
{
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        base.CustomizeRuntimePipeline(pipeline);
        pipeline.AddHandlerBefore<Signer>(new CopySourceSlashesHandler());
        pipeline.AddHandlerBefore<Signer>(new UnsignedStreamingPayloadHandler());
    }
}
