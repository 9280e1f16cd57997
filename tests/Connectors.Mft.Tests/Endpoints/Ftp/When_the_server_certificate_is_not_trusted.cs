using Connectors.Mft.Profiles;
using Connectors.Mft.Tests.Endpoints.Fixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.Ftp;

[Collection(RemoteServersCollection.Name)]
public sealed class When_the_server_certificate_is_not_trusted(RemoteServersFixture servers)
{
    [Theory]
    [InlineData(RemoteKind.ExplicitFtps)]
    [InlineData(RemoteKind.ImplicitFtps)]
    public async Task Opening_fails_as_authentication_naming_the_trusted_certificates(string kind)
    {
        var profile = (FtpEndpointProfile)servers.ProfileFor(kind, "/tmp") with { TrustedCertificates = null };

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => RemoteServersFixture.OpenAsync(profile));

        Assert.True(failure.Kind == ConnectorErrorKind.Authentication, $"{kind}: classified as {failure.Kind}: {failure.Message}");
        Assert.True(failure.PropertyKeys.Contains("/trustedCertificates"), $"{kind}: keys to fix are {string.Join(", ", failure.PropertyKeys)}");
        Assert.True(failure.Message.Contains("/trustedCertificates", StringComparison.Ordinal), $"{kind}: the message does not say what to fix: {failure.Message}");
    }

    [Fact]
    public async Task A_plain_ftp_profile_cannot_log_in_where_tls_is_required()
    {
        var profile = (FtpEndpointProfile)servers.ProfileFor(RemoteKind.ExplicitFtps, "/tmp") with { Security = FtpSecurity.None };

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => RemoteServersFixture.OpenAsync(profile));

        Assert.True(failure.Kind == ConnectorErrorKind.Authentication, $"classified as {failure.Kind}: {failure.Message}");
    }
}
