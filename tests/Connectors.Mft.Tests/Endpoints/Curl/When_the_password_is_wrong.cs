using Connectors.Mft.Profiles;
using Connectors.Mft.Tests.Endpoints.Fixtures;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Secrets;

namespace Connectors.Mft.Tests.Endpoints.Curl;

[Collection(RemoteServersCollection.Name)]
public sealed class When_the_password_is_wrong(RemoteServersFixture servers)
{
    private const string WrongPassword = "not-the-password-4711";

    [Theory]
    [MemberData(nameof(RemoteKind.All), MemberType = typeof(RemoteKind))]
    public async Task Opening_fails_as_authentication_naming_the_keys_to_fix(string kind)
    {
        var profile = servers.ProfileFor(kind, "/tmp") switch
        {
            FtpEndpointProfile ftp => (EndpointProfile)(ftp with { Password = SecretValue.Literal(WrongPassword) }),
            SftpEndpointProfile sftp => sftp with { Password = SecretValue.Literal(WrongPassword) },
            var other => other,
        };

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => RemoteServersFixture.OpenAsync(profile));

        Assert.True(failure.Kind == ConnectorErrorKind.Authentication, $"{kind}: classified as {failure.Kind}: {failure.Message}");
        Assert.False(failure.IsRetryable, $"{kind}: a refused login is marked retryable");
        Assert.True(failure.PropertyKeys.Contains("/user") && failure.PropertyKeys.Contains("/password"), $"{kind}: keys to fix are {string.Join(", ", failure.PropertyKeys)}");
        Assert.False(failure.ToString().Contains(WrongPassword, StringComparison.Ordinal), $"{kind}: the password shows in the exception");
    }
}
