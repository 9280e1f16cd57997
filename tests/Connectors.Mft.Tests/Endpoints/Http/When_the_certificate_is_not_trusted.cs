using Connectors.Mft.Endpoints.Http;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.Http;

public sealed class When_the_certificate_is_not_trusted
{
    [Fact]
    public async Task A_self_signed_server_is_refused_unless_the_profile_trusts_it()
    {
        await using var server = await HttpFolderServer.StartAsync();

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            new HttpEndpointOpener().OpenAsync("partner-http", server.Profile(trustCertificate: false), CancellationToken.None));

        Assert.True(error.Kind == ConnectorErrorKind.Authentication, $"an untrusted server certificate must be an authentication error, but was {error.Kind}: {error.Message}");
        Assert.True(error.PropertyKeys.Contains("/trustedCertificates"), $"the error must name the trusted certificates, but named {string.Join(", ", error.PropertyKeys)}");
    }

    [Fact]
    public async Task Trusting_another_certificate_does_not_let_the_server_in()
    {
        await using var server = await HttpFolderServer.StartAsync();
        using var other = TestCertificate.CreateForLoopback();

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            new HttpEndpointOpener().OpenAsync("partner-http", server.Profile() with { TrustedCertificates = other.ExportCertificatePem() }, CancellationToken.None));

        Assert.True(error.Kind == ConnectorErrorKind.Authentication, $"a certificate other than the trusted one must be refused, but gave {error.Kind}: {error.Message}");
    }
}
