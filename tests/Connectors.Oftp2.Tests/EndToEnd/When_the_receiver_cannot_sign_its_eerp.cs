using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Messages;
using Connectors.Sdk.State;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_the_receiver_cannot_sign_its_eerp : IAsyncLifetime
{
    private readonly Oftp2Site _client = Oftp2Site.Create(InteropCertificates.ClientCode);
    private readonly Oftp2Site _server = Oftp2Site.Create(InteropCertificates.ServerCode);

    public async Task InitializeAsync()
    {
        await _server.StartReceiverAsync();

        // The receiver knows the client's certificate but holds none of its own, so it cannot sign.
        _server.Onboard("client", _client, reachable: false, extra: SecurityAgreements.Section(null, [], SecurityAgreements.Certificates(SecurityAgreements.Reference(InteropCertificates.ClientCertificate))));
    }

    [Fact]
    public async Task Its_unsigned_eerp_leaves_the_delivery_unconfirmed_though_the_file_arrived()
    {
        _client.Onboard("server", _server, reachable: true, extra: SecurityAgreements.ClientSide(new JObject { ["requestSignedReceipts"] = true }));

        var receipt = await _client.SendAsync("server", TestFiles.Random(2000), "UNSIGNED");

        Assert.True(_server.Delivered("client").ContainsKey("UNSIGNED"), "the receiver should take the file and answer with an unsigned EERP, as RFC 5024 §4.3.6 allows");
        Assert.True(receipt.Status == ReceiptStatus.Rejected && receipt.ReasonCode == "EERP-UNSIGNED", $"an unsigned EERP for a signed request: expected Rejected EERP-UNSIGNED, got {receipt.Status} {receipt.ReasonCode} {receipt.Reason}");
        var tracked = await _client.StateStore.Deliveries.GetAsync(receipt.CorrelationId, CancellationToken.None);
        Assert.True(tracked?.State == DeliveryState.AcknowledgementInvalid, $"the delivery is tracked as {tracked?.State}, not AcknowledgementInvalid");
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _server.DisposeAsync();
    }
}
