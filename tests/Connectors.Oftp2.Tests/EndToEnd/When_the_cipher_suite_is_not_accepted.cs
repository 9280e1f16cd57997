using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_the_cipher_suite_is_not_accepted : IAsyncLifetime
{
    private readonly Oftp2Site _client = Oftp2Site.Create(InteropCertificates.ClientCode);
    private readonly Oftp2Site _server = Oftp2Site.Create(InteropCertificates.ServerCode);

    public async Task InitializeAsync()
    {
        await _server.StartReceiverAsync();
        _server.Onboard("client", _client, reachable: false, extra: SecurityAgreements.ServerSide(new JObject { ["acceptedCipherSuites"] = new JArray("Aes256Sha256", "Aes256Sha512") }));
    }

    [Fact]
    public async Task The_file_is_refused_at_its_start_with_sfna_15()
    {
        _client.Onboard("server", _server, reachable: true, extra: SecurityAgreements.ClientSide(new JObject { ["signFiles"] = true, ["cipherSuite"] = "TripleDesSha1" }));

        var receipt = await _client.SendAsync("server", TestFiles.Random(2000), "OLDSUITE");

        Assert.True(receipt.Status == ReceiptStatus.Rejected, $"a suite the partner does not accept must be refused, got {receipt.Status} {receipt.ReasonCode} {receipt.Reason}");
        Assert.True(receipt.ReasonCode == "SFNA15", $"expected SFNA15 (cipher suite not supported), got {receipt.ReasonCode} {receipt.Reason}");
        Assert.True(_server.Delivered("client").Count == 0, "the refused file reached the receiving flow");
    }

    [Fact]
    public async Task An_accepted_suite_passes()
    {
        _client.Onboard("server", _server, reachable: true, extra: SecurityAgreements.ClientSide(new JObject { ["signFiles"] = true, ["cipherSuite"] = "Aes256Sha512" }));

        var receipt = await _client.SendAsync("server", TestFiles.Random(2000), "NEWSUITE");

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"suite 06 is accepted, expected Delivered, got {receipt.Status} {receipt.ReasonCode} {receipt.Reason}");
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _server.DisposeAsync();
    }
}
