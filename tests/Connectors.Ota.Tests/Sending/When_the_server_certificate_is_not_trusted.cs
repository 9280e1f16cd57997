using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Ota.Tests.Sending;

public sealed class When_the_server_certificate_is_not_trusted
{
    [Fact]
    public async Task The_send_fails_as_authentication_and_nothing_is_posted()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync(new ReceiverSetup { Https = true });
        using var elsewhere = new TemporaryFolder();
        var another = TestCertificate.Create(elsewhere.Path, "another-server");
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(receiver.Address, OtaProtocolType.HttpsOxta, trustPem: another.TrustPemPath));

        var failure = await Record.ExceptionAsync(() => sending.SendAsync("<PO>not for strangers</PO>"));

        Assert.True(
            failure is ConnectorException { Kind: ConnectorErrorKind.Authentication, IsRetryable: false },
            $"a certificate the profile does not trust ended in {failure?.GetType().Name} {(failure as ConnectorException)?.Kind}, not a final authentication failure");
        Assert.True(((ConnectorException)failure!).PropertyKeys.Contains("/tls/trustedCertificates"), "the failure does not point at the profile's trusted certificates");
        await NothingArrived.AssertAsync(receiver, "after a send to an untrusted server");
    }
}
