using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Messages;
using Connectors.Sdk.State;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_a_signed_eerp_does_not_verify : IAsyncLifetime
{
    private static readonly JObject SignedReceipts = new() { ["requestSignedReceipts"] = true };
    private readonly Oftp2Site _client = Oftp2Site.Create(InteropCertificates.ClientCode);
    private readonly Oftp2Site _server = Oftp2Site.Create(InteropCertificates.ServerCode);

    public async Task InitializeAsync()
    {
        await _server.StartReceiverAsync();
        _server.Onboard("client", _client, reachable: false, extra: SecurityAgreements.ServerSide());
    }

    [Fact]
    public async Task A_signature_changed_on_the_way_leaves_the_delivery_acknowledgement_invalid()
    {
        await using var relay = TamperingRelay.FlippingEerpSignature(_server.Port);
        var extra = SecurityAgreements.ClientSide(SignedReceipts);
        extra["port"] = relay.Port;
        _client.Onboard("server", _server, reachable: true, extra: extra);

        var receipt = await _client.SendAsync("server", TestFiles.Random(2000), "FORGED");

        Assert.True(relay.Tampered == 1, $"the relay changed {relay.Tampered} EERPs; the test needs one");
        await AssertNeverDeliveredAsync(receipt, "a changed EERP signature");
    }

    [Fact]
    public async Task A_signature_by_a_certificate_we_do_not_hold_for_the_partner_leaves_it_acknowledgement_invalid()
    {
        var stranger = TestCertificates.Create(Path.Combine(_client.Root, "stranger"), "stranger");
        _client.Onboard("server", _server, reachable: true, extra: SecurityAgreements.ClientSide(SignedReceipts, serverCertificate: stranger.CertificatePath));

        var receipt = await _client.SendAsync("server", TestFiles.Random(2000), "UNTRUSTED");

        await AssertNeverDeliveredAsync(receipt, "an EERP signed by a certificate not in the profile");
    }

    private async Task AssertNeverDeliveredAsync(SendReceipt receipt, string what)
    {
        Assert.True(receipt.Status != ReceiptStatus.Delivered, $"{what} must never make the receipt Delivered");
        Assert.True(receipt.Status == ReceiptStatus.Rejected && receipt.ReasonCode == "EERP-SIGNATURE", $"{what}: expected Rejected EERP-SIGNATURE, got {receipt.Status} {receipt.ReasonCode} {receipt.Reason}");
        var tracked = await _client.StateStore.Deliveries.GetAsync(receipt.CorrelationId, CancellationToken.None);
        Assert.True(tracked?.State == DeliveryState.AcknowledgementInvalid, $"{what}: the delivery is tracked as {tracked?.State}, not AcknowledgementInvalid");
        Assert.True(!string.IsNullOrWhiteSpace(tracked!.Reason), $"{what}: the delivery keeps no reason");
        Assert.True(_server.Delivered("client").Count == 1, $"{what}: the partner's flow should have the file all the same");
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _server.DisposeAsync();
    }
}
