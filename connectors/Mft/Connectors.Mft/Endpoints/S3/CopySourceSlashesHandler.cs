using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Connectors.Mft.Endpoints.S3;

/// <summary>
/// The SDK escapes the '/' between bucket and key in <c>x-amz-copy-source</c> as <c>%2F</c>. Amazon S3
/// reads either form, but several S3-compatible servers split the header on a literal '/' and then report
/// the bucket missing, so a rename would fail there. This step puts the literal slashes back (the form the
/// S3 documentation shows); it runs before the signer, so the signature covers the header as sent.
/// </summary>
internal sealed class CopySourceSlashesHandler : PipelineHandler
{
    private const string Header = "x-amz-copy-source";

    public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        var headers = executionContext.RequestContext.Request.Headers;
        if (headers.TryGetValue(Header, out var source))
        {
            headers[Header] = source.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        }

        return base.InvokeAsync<T>(executionContext);
    }
}
