using Connectors.Mft.Endpoints.Http;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.Http;

public sealed class When_credentials_are_wrong
{
    [Fact]
    public async Task Opening_is_an_authentication_error_naming_user_and_password()
    {
        const string wrongPassword = "wrong-password-4711";
        await using var server = await HttpFolderServer.StartAsync();

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            new HttpEndpointOpener().OpenAsync("partner-http", server.Profile(password: wrongPassword), CancellationToken.None));

        Assert.True(error.Kind == ConnectorErrorKind.Authentication, $"a wrong password must be an authentication error, but was {error.Kind}: {error.Message}");
        Assert.False(error.IsRetryable, "wrong credentials must not be retried");
        Assert.True(error.PropertyKeys.SequenceEqual(["/user", "/password"]), $"the error must name /user and /password, but named {string.Join(", ", error.PropertyKeys)}");
        Assert.False(error.ToString().Contains(wrongPassword, StringComparison.Ordinal), "the error must never hold the password");
    }
}
