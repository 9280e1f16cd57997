using System.Text;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Receiving;
using Connectors.Ota.Sending;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Messages;
using Connectors.Sdk.State;

namespace Connectors.Ota.Tests.Sending;

public sealed class When_a_document_is_larger_than_a_queue_row
{
    [Fact]
    public async Task It_goes_through_spool_files_on_both_sides_arrives_intact_and_the_files_are_removed()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(receiver.Address, OtaProtocolType.HttpOxta));
        var document = "<PO>" + new string('x', OtaOutboundIntake.InRowLimit) + "</PO>";
        Assert.True(Encoding.UTF8.GetByteCount(document) > OtaInboundSpool.InMemoryLimit, "the document must be larger than what the receiver keeps in memory");

        var receipt = await sending.SendAsync(document, headers: new Dictionary<string, string> { ["MESSAGE_ID"] = "MSG-LARGE-1" });

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"the document was {receipt.Status} ({receipt.ReasonCode} {receipt.Reason})");
        Assert.True(await File.ReadAllTextAsync(Assert.Single(receiver.DeliveredFiles())) == document, "the partner stored other bytes than were sent");
        var item = await sending.QueuedAsync("MSG-LARGE-1");
        Assert.True(item is { State: OutboundState.Sent, Payload: null } && item.PayloadPath.Length > 0, "a large document should be queued with a spool file, not in its row");
        Assert.True(!File.Exists(item.PayloadPath), "the spool file of a delivered message was not removed");
        var receiverSpool = Path.Combine(receiver.State.SpoolDirectory, "ota-receiver");
        Assert.True(Directory.GetFileSystemEntries(receiverSpool).Length == 0, "the receiver left working files in its spool after the delivery");
    }
}
