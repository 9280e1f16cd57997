using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_the_receiver_lacks_the_key_the_file_was_encrypted_to : IAsyncLifetime
{
    private readonly Oftp2Site _client = Oftp2Site.Create(InteropCertificates.ClientCode);
    private readonly Oftp2Site _server = Oftp2Site.Create(InteropCertificates.ServerCode);

    public async Task InitializeAsync()
    {
        await _server.StartReceiverAsync();
        _server.Onboard("client", _client, reachable: false, extra: SecurityAgreements.ServerSide());
    }

    [Fact]
    public async Task The_file_is_refused_with_efna_22_and_the_flow_gets_nothing()
    {
        // The client holds a certificate for the server that is not the server's: the file is encrypted to a key the server lacks.
        var wrong = TestCertificates.Create(Path.Combine(_client.Root, "wrong"), "not-the-server");
        _client.Onboard("server", _server, reachable: true, extra: SecurityAgreements.ClientSide(new JObject { ["encryptFiles"] = true }, serverCertificate: wrong.CertificatePath));

        var receipt = await _client.SendAsync("server", TestFiles.Random(5000), "MISADDRESSED");

        Assert.True(receipt.Status == ReceiptStatus.Rejected, $"a file the receiver cannot decrypt must be refused, got {receipt.Status} {receipt.ReasonCode} {receipt.Reason}");
        Assert.True(receipt.ReasonCode == "EFNA22", $"expected EFNA22 (file decryption failure), got {receipt.ReasonCode} {receipt.Reason}");
        Assert.True(_server.Delivered("client").Count == 0, "the receiving flow got a file it could not decrypt");
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _server.DisposeAsync();
    }
}
