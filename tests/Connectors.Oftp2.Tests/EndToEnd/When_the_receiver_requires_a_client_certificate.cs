using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_the_receiver_requires_a_client_certificate : IAsyncLifetime
{
    private readonly Oftp2Site _sender = Oftp2Site.Create("O0013000000SENDER");
    private readonly Oftp2Site _receiver = Oftp2Site.Create("O0013000000RECVR");
    private TestCertificates _server = null!;
    private TestCertificates _client = null!;

    public async Task InitializeAsync()
    {
        _server = TestCertificates.Create(Path.Combine(_receiver.Root, "tls"));
        _client = TestCertificates.Create(Path.Combine(_sender.Root, "tls"), "client");
        await _receiver.StartReceiverAsync(extraProperties: new JObject
        {
            ["tlsCertificate"] = _server.CertificatePath,
            ["tlsKeyFile"] = _server.KeyPath,
            ["requireClientCertificate"] = true,
        });
        _receiver.Onboard("sender-site", _sender, reachable: false, extra: new JObject
        {
            ["security"] = new JObject { ["partnerCertificates"] = new JArray(new JObject { ["file"] = _client.CertificatePath }) },
        });
    }

    [Fact]
    public async Task The_partners_certificate_from_its_profile_opens_the_session()
    {
        _sender.Onboard("receiver-site", _receiver, reachable: true, extra: Tls(CombinedPem(_client)));

        var receipt = await _sender.SendAsync("receiver-site", TestFiles.Random(20_000), "MUTUAL.TLS");

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"with the partner's client certificate: {receipt.Status} {receipt.Reason}");
        Assert.True(_receiver.Delivered("sender-site").ContainsKey("MUTUAL.TLS"), "the file did not arrive");
    }

    [Fact]
    public async Task A_caller_without_one_or_with_a_stranger_is_refused_before_the_session()
    {
        var stranger = TestCertificates.Create(Path.Combine(_sender.Root, "stranger"), "stranger");
        foreach (var clientCertificate in new[] { null, CombinedPem(stranger) })
        {
            _sender.Onboard("receiver-site", _receiver, reachable: true, extra: Tls(clientCertificate));

            var error = await Assert.ThrowsAsync<ConnectorException>(() => _sender.SendAsync("receiver-site", TestFiles.Random(1_000), "REFUSED"));

            Assert.True(
                error.Kind is ConnectorErrorKind.Authentication or ConnectorErrorKind.ConnectionFailed,
                $"a {(clientCertificate is null ? "missing" : "stranger's")} client certificate gave {error.Kind}: {error.Message}");
        }

        Assert.Empty(_receiver.Delivered("sender-site"));
    }

    private JObject Tls(string? clientCertificate)
    {
        var tls = new JObject { ["enabled"] = true, ["trustedCertificates"] = new JArray(_server.CertificatePath) };
        if (clientCertificate is not null)
        {
            tls["clientCertificate"] = clientCertificate;
        }

        return new JObject { ["tls"] = tls, ["network"] = new JObject { ["maxAttempts"] = 1 } };
    }

    // The profile names one PEM file holding the certificate and its key.
    private static string CombinedPem(TestCertificates certificates)
    {
        var path = Path.ChangeExtension(certificates.CertificatePath, ".combined.pem");
        File.WriteAllText(path, File.ReadAllText(certificates.CertificatePath) + Environment.NewLine + File.ReadAllText(certificates.KeyPath));
        return path;
    }

    public async Task DisposeAsync()
    {
        await _sender.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
