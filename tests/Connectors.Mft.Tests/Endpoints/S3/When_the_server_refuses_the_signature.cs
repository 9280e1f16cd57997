using System.Net;
using Amazon.S3;
using Connectors.Mft.Endpoints.S3;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.S3;

/// <summary>
/// s3rver checks access key IDs but not signatures, so a wrong secret cannot be shown against it; the
/// codes Amazon S3 answers for a wrong secret or missing permissions are classified here directly.
/// </summary>
public sealed class When_the_server_refuses_the_signature
{
    [Theory]
    [InlineData("SignatureDoesNotMatch")]
    [InlineData("AccessDenied")]
    [InlineData("InvalidAccessKeyId")]
    public void The_error_is_authentication_naming_the_keys(string code)
    {
        var refused = new AmazonS3Exception("refused") { ErrorCode = code, StatusCode = HttpStatusCode.Forbidden };

        var error = S3ErrorClassifier.Classify(refused, "listing 'in'", "S3 endpoint 'p'");

        Assert.True(error.Kind == ConnectorErrorKind.Authentication, $"{code} must be an authentication error, but was {error.Kind}");
        Assert.True(error.PropertyKeys.SequenceEqual(["/accessKeyId", "/secretAccessKey"]), $"{code} must name the key properties, but named {string.Join(", ", error.PropertyKeys)}");
        Assert.True(error.PartnerReasonCode == code, $"the server's code must be kept as the reason code, but was {error.PartnerReasonCode}");
    }
}
