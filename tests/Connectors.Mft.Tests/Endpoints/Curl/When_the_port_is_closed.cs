using Connectors.Mft.Profiles;
using Connectors.Mft.Tests.Endpoints.Fixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.Curl;

[Collection(RemoteServersCollection.Name)]
public sealed class When_the_port_is_closed(RemoteServersFixture servers)
{
    [Theory]
    [MemberData(nameof(RemoteKind.All), MemberType = typeof(RemoteKind))]
    public async Task Opening_fails_as_a_retryable_connection_failure(string kind)
    {
        var closedPort = FreePort.Next();
        var profile = servers.ProfileFor(kind, "/tmp") switch
        {
            FtpEndpointProfile ftp => (EndpointProfile)(ftp with { Port = closedPort }),
            SftpEndpointProfile sftp => sftp with { Port = closedPort },
            var other => other,
        };

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => RemoteServersFixture.OpenAsync(profile));

        Assert.True(failure.Kind == ConnectorErrorKind.ConnectionFailed, $"{kind}: classified as {failure.Kind}: {failure.Message}");
        Assert.True(failure.IsRetryable, $"{kind}: a refused connection is not marked retryable");
        Assert.True(failure.PropertyKeys.Contains("/port"), $"{kind}: keys to fix are {string.Join(", ", failure.PropertyKeys)}");
    }
}
