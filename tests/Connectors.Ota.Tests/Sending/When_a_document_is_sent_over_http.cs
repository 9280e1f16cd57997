using System.Text;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Messages;
using Connectors.Sdk.State;

namespace Connectors.Ota.Tests.Sending;

public sealed class When_a_document_is_sent_over_http
{
    [Fact]
    public async Task It_is_delivered_once_with_its_envelope_and_the_receipt_names_the_partners_receipt_id()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(receiver.Address, OtaProtocolType.HttpOxta));
        const string Document = "<PROCESS_PO><POID>12345</POID></PROCESS_PO>";

        var receipt = await sending.SendAsync(Document, headers: new Dictionary<string, string> { ["MESSAGE_ID"] = "MSG-HTTP-1" });

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"the document was {receipt.Status} ({receipt.ReasonCode} {receipt.Reason})");
        var entry = Assert.Single(await receiver.CommittedAsync());
        Assert.True(receipt.PartnerReceiptId == entry.DeliveryId, $"the receipt names '{receipt.PartnerReceiptId}', the partner committed '{entry.DeliveryId}'");
        Assert.True(receipt.BytesTransferred == Encoding.UTF8.GetByteCount(Document), $"the receipt counts {receipt.BytesTransferred} bytes");
        Assert.True(entry.DuplicateKey == "MSG-HTTP-1", $"the partner saw MESSAGE_ID '{entry.DuplicateKey}', not the one the flow set");
        Assert.True(await File.ReadAllTextAsync(Assert.Single(receiver.DeliveredFiles())) == Document, "the partner stored other bytes than were sent");
        foreach (var (name, value) in new[] { ("TRANSACTION_TYPE", "PO"), ("TRANSACTION_SUBTYPE", "PROCESS"), ("DOCUMENT_NUMBER", "12345"), ("PARTYID", "9999"), ("PARTY_SITE_ID", "8888"), ("ATTRIBUTE1", "SENDER_SYSTEM"), ("MESSAGE_STANDARD", "OAG"), ("PROTOCOL_TYPE", "HTTP-OXTA") })
        {
            Assert.True(entry.Headers.GetValueOrDefault(name) == value, $"the partner got {name} '{entry.Headers.GetValueOrDefault(name)}', not '{value}'");
        }

        var receiverSpool = Path.Combine(receiver.State.SpoolDirectory, "ota-receiver");
        Assert.True(Directory.GetFileSystemEntries(receiverSpool).Length == 0, "the receiver left working files in its spool after the delivery");

        var item = await sending.QueuedAsync("MSG-HTTP-1");
        Assert.True(item?.State == OutboundState.Sent, $"the queue holds the message as {item?.State}, not Sent");
        Assert.True(item!.Payload is null, "a delivered document should no longer be kept in its queue row");
        var senderSpool = Path.Combine(sending.State.SpoolDirectory, "ota-sender");
        Assert.True(!Directory.Exists(senderSpool) || Directory.GetFileSystemEntries(senderSpool).Length == 0, "a small document should leave no spool file on the sending side");
    }
}
