using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_a_file_is_sent_over_tls : IAsyncLifetime
{
    private readonly Oftp2Site _sender = Oftp2Site.Create("O0013000000SENDER");
    private readonly Oftp2Site _receiver = Oftp2Site.Create("O0013000000RECVR");
    private TestCertificates _server = null!;

    public async Task InitializeAsync()
    {
        _server = TestCertificates.Create(Path.Combine(_receiver.Root, "tls"));
        await _receiver.StartReceiverAsync(extraProperties: new JObject { ["tlsCertificate"] = _server.CertificatePath, ["tlsKeyFile"] = _server.KeyPath });
        _receiver.Onboard("sender-site", _sender, reachable: false);
    }

    [Fact]
    public async Task A_partner_certificate_the_profile_trusts_carries_the_file()
    {
        _sender.Onboard("receiver-site", _receiver, reachable: true, extra: Tls(_server.CertificatePath));
        var content = TestFiles.Random(200_000);

        var receipt = await _sender.SendAsync("receiver-site", content, "DELFOR");

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"expected Delivered over TLS, got {receipt.Status} {receipt.Reason}");
        Assert.True(_receiver.Delivered("sender-site")["DELFOR"].AsSpan().SequenceEqual(content), "the file arrived changed");
    }

    [Fact]
    public async Task A_certificate_the_profile_does_not_trust_is_refused_before_anything_is_sent()
    {
        var stranger = TestCertificates.Create(Path.Combine(_sender.Root, "other"), "stranger");
        _sender.Onboard("receiver-site", _receiver, reachable: true, extra: Tls(stranger.CertificatePath));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _sender.SendAsync("receiver-site", TestFiles.Random(1000), "DELFOR"));

        Assert.True(error.Kind == ConnectorErrorKind.Authentication, $"an untrusted server certificate gave {error.Kind}: {error.Message}");
        Assert.False(error.IsRetryable, "an untrusted certificate cannot be fixed by retrying");
        Assert.Empty(_receiver.Delivered("sender-site"));
    }

    private static JObject Tls(string trusted) => new()
    {
        ["tls"] = new JObject { ["enabled"] = true, ["trustedCertificates"] = new JArray(trusted) },
    };

    public async Task DisposeAsync()
    {
        await _sender.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
