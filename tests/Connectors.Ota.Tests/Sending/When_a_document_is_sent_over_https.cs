using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Messages;

namespace Connectors.Ota.Tests.Sending;

public sealed class When_a_document_is_sent_over_https
{
    [Fact]
    public async Task It_is_delivered_to_a_server_whose_certificate_the_profile_trusts()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync(new ReceiverSetup { Https = true });
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(receiver.Address, OtaProtocolType.HttpsOxta, trustPem: receiver.Certificate!.TrustPemPath));

        var receipt = await sending.SendAsync("<PO>over TLS</PO>");

        Assert.True(receiver.Address.Scheme == "https", $"the receiver listens on {receiver.Address}, not HTTPS");
        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"the document was {receipt.Status} ({receipt.ReasonCode} {receipt.Reason}) over HTTPS");
        var entry = Assert.Single(await receiver.CommittedAsync());
        Assert.True(receipt.PartnerReceiptId == entry.DeliveryId, $"the receipt names '{receipt.PartnerReceiptId}', the partner committed '{entry.DeliveryId}'");
    }

    [Fact]
    public async Task The_connection_test_passes_connect_TLS_and_authenticate()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync(new ReceiverSetup { Https = true });
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(receiver.Address, OtaProtocolType.HttpsOxta, trustPem: receiver.Certificate!.TrustPemPath));

        var result = await sending.Sender.TestConnectionAsync(SendingSide.PartnerProfile, CancellationToken.None);

        Assert.True(result.Succeeded, $"the test failed at {result.FirstFailure?.Name}: {result.FirstFailure?.Detail}");
        var passed = result.Stages.Where(s => s.Outcome == Sdk.Testing.ConnectionTestOutcome.Passed).Select(s => s.Name.ToString()).ToList();
        Assert.True(passed.SequenceEqual(["Resolve", "Connect", "Tls", "Authenticate"]), $"the stages that passed are {string.Join(", ", passed)}");
        await NothingArrived.AssertAsync(receiver, "after an AUTH2 request");
    }
}
