using Connectors.Mft.Tests.Endpoints.Fixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.Sftp;

[Collection(RemoteServersCollection.Name)]
public sealed class When_the_host_key_is_not_the_pinned_one(RemoteServersFixture servers)
{
    [Theory]
    [InlineData("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU")]
    [InlineData("")]
    public async Task Opening_fails_as_authentication_naming_the_presented_key(string pinned)
    {
        var profile = servers.SftpProfile("/tmp") with { HostKey = pinned };

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => RemoteServersFixture.OpenAsync(profile));

        Assert.True(failure.Kind == ConnectorErrorKind.Authentication, $"pin '{pinned}': classified as {failure.Kind}: {failure.Message}");
        Assert.False(failure.IsRetryable, $"pin '{pinned}': an unknown host key is marked retryable");
        Assert.True(failure.Message.Contains(servers.Sftp.HostKeyFingerprint, StringComparison.Ordinal), $"pin '{pinned}': the message does not name {servers.Sftp.HostKeyFingerprint}: {failure.Message}");
        Assert.True(failure.PropertyKeys.SequenceEqual(["/hostKey"]), $"pin '{pinned}': keys to fix are {string.Join(", ", failure.PropertyKeys)}");
    }

    [Fact]
    public async Task A_pin_that_is_no_fingerprint_is_a_configuration_error()
    {
        var profile = servers.SftpProfile("/tmp") with { HostKey = "MD5:16:27:ac:a5" };

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => RemoteServersFixture.OpenAsync(profile));

        Assert.True(failure.Kind == ConnectorErrorKind.Configuration && failure.PropertyKeys.Contains("/hostKey"), $"classified as {failure.Kind} ({string.Join(", ", failure.PropertyKeys)}): {failure.Message}");
    }
}
