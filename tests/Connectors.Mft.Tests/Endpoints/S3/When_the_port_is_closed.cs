using Connectors.Mft.Endpoints.S3;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.S3;

[Collection(S3rverCollection.Name)]
public sealed class When_the_port_is_closed(S3rverProcess s3)
{
    [Fact]
    public async Task Opening_is_a_retryable_connection_failure()
    {
        var profile = s3.Profile("tests/closed") with { ServiceUrl = $"http://127.0.0.1:{ClosedPort.Find()}" };

        var error = await Assert.ThrowsAsync<ConnectorException>(() => new S3EndpointOpener().OpenAsync("partner-s3", profile, CancellationToken.None));

        Assert.True(error.Kind == ConnectorErrorKind.ConnectionFailed, $"a closed port must be a connection failure, but was {error.Kind}: {error.Message}");
        Assert.True(error.IsRetryable, "a connection failure must be retryable");
        Assert.True(error.PropertyKeys.Contains("/serviceUrl"), $"the error must name the service URL, but named {string.Join(", ", error.PropertyKeys)}");
    }
}
