using System.Text;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Testing.Tests.Fixtures;
using static Connectors.Sdk.Testing.Tests.Adapters.SampleCredentialsForTests;

namespace Connectors.Sdk.Testing.Tests.Protocol;

public sealed class When_the_payload_cannot_seek
{
    [Fact]
    public async Task The_sender_spools_it_and_every_byte_arrives()
    {
        var sink = new RecordingSink();
        await using var partner = await RunningSampleReceiver.StartAsync(sink, User, Password, CancellationToken.None);
        var content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("line of a piped file\n", 10_000)));
        await using var payload = new NonSeekableStream(content);

        var receipt = await SamplePartnerSetup.SenderFor(partner.Endpoint).SendAsync(
            new ConnectorMessage(payload, new MessageHeaders { FileName = "piped.txt" }),
            SamplePartnerSetup.Properties,
            CancellationToken.None);

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"the receipt is {receipt.Status} ({receipt.Reason}), not Delivered");
        Assert.True(receipt.BytesTransferred == content.Length, $"the receipt counts {receipt.BytesTransferred} bytes, not {content.Length}");
        var (headers, received) = Assert.Single(sink.Received);
        Assert.True(headers.FileName == "piped.txt", $"the file arrived as '{headers.FileName}', not as 'piped.txt'");
        Assert.True(received.SequenceEqual(content), $"{received.Length} bytes arrived and they differ from the {content.Length} sent");
    }
}
