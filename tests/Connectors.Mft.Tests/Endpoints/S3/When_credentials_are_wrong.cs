using Connectors.Mft.Endpoints.S3;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.S3;

[Collection(S3rverCollection.Name)]
public sealed class When_credentials_are_wrong(S3rverProcess s3)
{
    [Fact]
    public async Task An_unknown_access_key_is_an_authentication_error_naming_the_keys()
    {
        const string secret = "secret-of-an-unknown-key-4711";
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            new S3EndpointOpener().OpenAsync("partner-s3", s3.Profile("tests/auth", accessKeyId: "UNKNOWNKEY", secretAccessKey: secret), CancellationToken.None));

        Assert.True(error.Kind == ConnectorErrorKind.Authentication, $"an unknown access key must be an authentication error, but was {error.Kind}: {error.Message}");
        Assert.False(error.IsRetryable, "wrong credentials must not be retried");
        Assert.True(error.PropertyKeys.Contains("/accessKeyId") && error.PropertyKeys.Contains("/secretAccessKey"), $"the error must name the key properties, but named {string.Join(", ", error.PropertyKeys)}");
        Assert.False(error.ToString().Contains(secret, StringComparison.Ordinal), "the error must never hold the secret");
    }
}
