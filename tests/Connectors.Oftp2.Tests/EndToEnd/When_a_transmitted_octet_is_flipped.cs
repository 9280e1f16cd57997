using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Messages;
using Connectors.Sdk.State;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_a_transmitted_octet_is_flipped : IAsyncLifetime
{
    private readonly Oftp2Site _client = Oftp2Site.Create(InteropCertificates.ClientCode);
    private readonly Oftp2Site _server = Oftp2Site.Create(InteropCertificates.ServerCode);
    private TamperingRelay _relay = null!;

    public async Task InitializeAsync()
    {
        await _server.StartReceiverAsync();
        _server.Onboard("client", _client, reachable: false, extra: SecurityAgreements.ServerSide());
        _relay = TamperingRelay.FlippingFileData(_server.Port);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task The_receiver_answers_efna_21_or_22_and_hands_nothing_to_its_flow(bool sign, bool encrypt)
    {
        var extra = SecurityAgreements.ClientSide(new JObject { ["signFiles"] = sign, ["encryptFiles"] = encrypt });
        extra["port"] = _relay.Port;
        _client.Onboard("server", _server, reachable: true, extra: extra);

        var receipt = await _client.SendAsync("server", TestFiles.Random(20_000), "TAMPERED");

        Assert.True(_relay.Tampered == 1, $"the relay changed {_relay.Tampered} octets; the test needs exactly one");
        Assert.True(receipt.Status == ReceiptStatus.Rejected, $"a changed file must be refused, got {receipt.Status} {receipt.ReasonCode} {receipt.Reason}");
        Assert.True(receipt.ReasonCode is "EFNA21" or "EFNA22", $"expected EFNA21 (invalid file signature) or EFNA22 (decryption failure), got {receipt.ReasonCode} {receipt.Reason}");
        Assert.True(_server.Delivered("client").Count == 0, "the changed file reached the receiving flow");
        var tracked = await _client.StateStore.Deliveries.GetAsync(receipt.CorrelationId, CancellationToken.None);
        Assert.True(tracked?.State == DeliveryState.Rejected, $"the delivery is tracked as {tracked?.State}");
    }

    public async Task DisposeAsync()
    {
        await _relay.DisposeAsync();
        await _client.DisposeAsync();
        await _server.DisposeAsync();
    }
}
