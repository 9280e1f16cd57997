using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_a_file_breaks_the_receivers_agreement : IAsyncLifetime
{
    private readonly Oftp2Site _client = Oftp2Site.Create(InteropCertificates.ClientCode);
    private readonly Oftp2Site _server = Oftp2Site.Create(InteropCertificates.ServerCode);

    public Task InitializeAsync() => _server.StartReceiverAsync();

    [Theory]
    [InlineData("requireEncryption", "signFiles", "SFNA17")]
    [InlineData("requireSigning", "encryptFiles", "SFNA20")]
    [InlineData("requireSignedReceiptRequest", "signFiles", "SFNA99")]
    public async Task It_is_refused_at_its_start_with_the_code_of_what_it_lacks(string requirement, string senderService, string expectedCode)
    {
        _server.Onboard("client", _client, reachable: false, extra: SecurityAgreements.ServerSide(new JObject { [requirement] = true }));
        _client.Onboard("server", _server, reachable: true, extra: SecurityAgreements.ClientSide(new JObject { [senderService] = true }));

        var receipt = await _client.SendAsync("server", TestFiles.Random(2000), "UNAGREED");

        Assert.True(receipt.Status == ReceiptStatus.Rejected, $"{requirement}: a file without it must be refused, got {receipt.Status} {receipt.ReasonCode} {receipt.Reason}");
        Assert.True(receipt.ReasonCode == expectedCode, $"{requirement}: expected {expectedCode}, got {receipt.ReasonCode} {receipt.Reason}");
        Assert.True(_server.Delivered("client").Count == 0, $"{requirement}: the refused file reached the receiving flow");
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _server.DisposeAsync();
    }
}
