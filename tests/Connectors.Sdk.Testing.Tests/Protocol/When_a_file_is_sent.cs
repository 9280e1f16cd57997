using System.Text;
using Connectors.Sdk.Hosting.Sinks;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Testing.Tests.Fixtures;
using static Connectors.Sdk.Testing.Tests.Adapters.SampleCredentialsForTests;

namespace Connectors.Sdk.Testing.Tests.Protocol;

public sealed class When_a_file_is_sent
{
    [Fact]
    public async Task It_arrives_once_in_the_partners_folder_and_the_receipt_names_its_delivery()
    {
        using var folder = new TemporaryFolder();
        var inbox = new InMemoryInbox();
        var sink = await FolderSink.OpenAsync(folder.Path, "sample-receiver", inbox, CancellationToken.None);
        await using var partner = await RunningSampleReceiver.StartAsync(sink, User, Password, CancellationToken.None);
        var content = Encoding.UTF8.GetBytes("invoice 42: 3 crates of apples\n");
        using var payload = new MemoryStream(content);

        var receipt = await SamplePartnerSetup.SenderFor(partner.Endpoint).SendAsync(
            new ConnectorMessage(payload, new MessageHeaders { FileName = "invoice-42.txt", CorrelationId = "flow-run-7" }),
            SamplePartnerSetup.Properties,
            CancellationToken.None);

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"the receipt is {receipt.Status} ({receipt.Reason}), not Delivered");
        Assert.True(receipt.CorrelationId == "flow-run-7", $"the receipt's correlation id is '{receipt.CorrelationId}', not the message's");
        Assert.True(receipt.BytesTransferred == content.Length, $"the receipt counts {receipt.BytesTransferred} bytes, not {content.Length}");
        var entry = Assert.Single(inbox.Entries);
        Assert.True(receipt.PartnerReceiptId == entry.DeliveryId, $"the receipt names delivery '{receipt.PartnerReceiptId}', the inbox committed '{entry.DeliveryId}'");
        var partnerFolder = Path.Combine(folder.Path, RunningSampleReceiver.AccountsProfile);
        var stored = Directory.GetFiles(partnerFolder);
        Assert.True(stored.Length == 1, $"the partner's folder holds {stored.Length} files, not exactly the one sent");
        Assert.True(Path.GetFileName(stored[0]) == "invoice-42.txt", $"the file was stored as '{Path.GetFileName(stored[0])}', not under the name it was sent with");
        Assert.True((await File.ReadAllBytesAsync(stored[0])).SequenceEqual(content), "the stored file's bytes differ from the bytes sent");
    }
}
