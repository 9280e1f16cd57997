using Amazon.S3;

namespace Connectors.Mft.Endpoints.S3;

/// <summary>When an S3 ETag is the MD5 of what was stored.</summary>
internal static class S3Etags
{
    /// <summary>
    /// An object written in one PUT, or a part, has its MD5 as its ETag, unless KMS or a customer's key
    /// encrypted it; a multipart object's ETag carries a part count and is no MD5.
    /// </summary>
    public static bool IsMd5(string? etag, ServerSideEncryptionMethod? encryption, string? customerAlgorithm = null) =>
        etag is { Length: > 0 }
        && !etag.Contains('-', StringComparison.Ordinal)
        && encryption != ServerSideEncryptionMethod.AWSKMS
        && encryption != ServerSideEncryptionMethod.AWSKMSDSSE
        && string.IsNullOrEmpty(customerAlgorithm);
}
