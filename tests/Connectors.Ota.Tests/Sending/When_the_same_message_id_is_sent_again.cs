using Connectors.Ota.Audit;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Messages;

namespace Connectors.Ota.Tests.Sending;

public sealed class When_the_same_message_id_is_sent_again
{
    [Fact]
    public async Task The_earlier_delivery_is_reported_and_nothing_is_posted_again()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(receiver.Address, OtaProtocolType.HttpOxta));
        var headers = new Dictionary<string, string> { ["MESSAGE_ID"] = "MSG-AGAIN-1" };

        var first = await sending.SendAsync("<PO>once</PO>", headers: headers);
        var again = await sending.SendAsync("<PO>once</PO>", headers: headers);

        Assert.True(again.Status == ReceiptStatus.Delivered, $"the second hand-over of a delivered MESSAGE_ID was {again.Status}");
        Assert.True(again.PartnerReceiptId == first.PartnerReceiptId, $"the second hand-over reports receipt '{again.PartnerReceiptId}', not the delivery's '{first.PartnerReceiptId}'");
        var posts = await receiver.Audit.FindAsync(OtaDirection.Inbound, "MSG-AGAIN-1", CancellationToken.None);
        Assert.True(posts.Count == 1, $"the partner received {posts.Count} posts of MSG-AGAIN-1; a delivered message is not posted again");
    }
}
