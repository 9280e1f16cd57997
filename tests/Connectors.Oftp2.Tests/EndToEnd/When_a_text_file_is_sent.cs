using System.Text;
using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_a_text_file_is_sent : IAsyncLifetime
{
    private readonly Oftp2Site _sender = Oftp2Site.Create("O0013000000SENDER");
    private readonly Oftp2Site _receiver = Oftp2Site.Create("O0013000000RECVR");

    public async Task InitializeAsync()
    {
        await _receiver.StartReceiverAsync();
        _receiver.Onboard("sender-site", _sender, reachable: false);
        _sender.Onboard("receiver-site", _receiver, reachable: true);
    }

    [Theory]
    [InlineData("Ebcdic273", 20273)]
    [InlineData("Iso88591", 28591)]
    [InlineData("Windows1252", 1252)]
    public async Task It_is_transcoded_to_the_partners_encoding(string encoding, int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string text = "UNH+1+ORDERS:D:96A:UN'\r\nBGM+220+Müller & Söhne'\r\nUNT+2+1'\r\n";

        var receipt = await _sender.SendAsync("receiver-site", Encoding.UTF8.GetBytes(text), "ORDERS.TXT", new JObject { ["recordFormat"] = "T", ["encoding"] = encoding });

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"{encoding}: {receipt.Status} {receipt.Reason}");
        var received = _receiver.Delivered("sender-site")["ORDERS.TXT"];
        Assert.Equal(text, Encoding.GetEncoding(codePage).GetString(received));
    }

    [Fact]
    public async Task A_character_the_partners_encoding_cannot_hold_is_an_encoding_error()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _sender.SendAsync("receiver-site", Encoding.UTF8.GetBytes("price: 5 €\r\n"), "PRICES", new JObject { ["recordFormat"] = "T", ["encoding"] = "Iso88591" }));

        Assert.True(error.Kind == ConnectorErrorKind.Encoding, $"an unencodable character gave {error.Kind}: {error.Message}");
        Assert.Contains("/encoding", error.PropertyKeys);
    }

    public async Task DisposeAsync()
    {
        await _sender.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
