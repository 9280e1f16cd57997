using System.Net;
using Connectors.Ota.Audit;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;

namespace Connectors.Ota.Tests.Sending;

public sealed class When_the_connection_drops_after_the_receiver_enqueued
{
    [Fact]
    public async Task The_sender_retries_the_same_message_id_and_the_flow_sees_the_message_once()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();
        await using var proxy = DroppingProxy.Start(receiver.Endpoint, connectionsToDrop: 1);
        var address = new Uri($"http://{proxy.Endpoint}{OtaReceiverProperties.DefaultPath}");
        var network = new NetworkSettings { ConnectTimeoutSeconds = 10, ResponseTimeoutSeconds = 10, MaxAttempts = 4, InitialBackoffSeconds = 0.1, MaxBackoffSeconds = 0.2 };
        // Without Digest the post carries no Expect: 100-continue, so the first byte the receiver sends is
        // its final answer, and that is where the proxy cuts.
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(address, OtaProtocolType.HttpOxta, network) with { Digest = false });

        var receipt = await sending.SendAsync("<PO>only once</PO>", headers: new Dictionary<string, string> { ["MESSAGE_ID"] = "MSG-DROP-1" });

        Assert.True(proxy.Dropped >= 1, "the proxy cut no answer, so the fault was never injected");
        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"the document was {receipt.Status} ({receipt.ReasonCode} {receipt.Reason}) after the dropped answer");
        var entry = Assert.Single(await receiver.CommittedAsync());
        Assert.True(receiver.DeliveredFiles().Length == 1, $"the flow's folder holds {receiver.DeliveredFiles().Length} files, not the one document");
        Assert.True(receipt.PartnerReceiptId == entry.DeliveryId, $"the retry's receipt '{receipt.PartnerReceiptId}' is not the first delivery's '{entry.DeliveryId}'");
        var posts = await receiver.Audit.FindAsync(OtaDirection.Inbound, "MSG-DROP-1", CancellationToken.None);
        Assert.True(
            posts.Select(p => p.Status).SequenceEqual([OtaAuditStatus.Accepted, OtaAuditStatus.Duplicate]),
            $"the receiver saw {string.Join(", ", posts.Select(p => p.Status))}, not the first post accepted and the retry answered as a duplicate");
        var sent = Assert.Single(await sending.Audit.FindAsync(OtaDirection.Outbound, "MSG-DROP-1", CancellationToken.None));
        Assert.True(sent.Attempts == 2 && sent.Status == OtaAuditStatus.Delivered, $"the sender's audit shows {sent.Status} after {sent.Attempts} attempts, not delivered in the second");
    }
}
