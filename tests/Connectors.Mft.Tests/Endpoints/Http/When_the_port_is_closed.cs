using Connectors.Mft.Endpoints.Http;
using Connectors.Mft.Profiles;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.Http;

public sealed class When_the_port_is_closed
{
    [Fact]
    public async Task Opening_is_a_retryable_connection_failure()
    {
        var profile = new HttpEndpointProfile { BaseUrl = $"https://127.0.0.1:{ClosedPort.Find()}/files/" };

        var error = await Assert.ThrowsAsync<ConnectorException>(() => new HttpEndpointOpener().OpenAsync("partner-http", profile, CancellationToken.None));

        Assert.True(error.Kind == ConnectorErrorKind.ConnectionFailed, $"a closed port must be a connection failure, but was {error.Kind}: {error.Message}");
        Assert.True(error.IsRetryable, "a connection failure must be retryable");
        Assert.True(error.PropertyKeys.Contains("/baseUrl"), $"the error must name the base URL, but named {string.Join(", ", error.PropertyKeys)}");
    }
}
