using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Messages;
using Connectors.Sdk.State;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_the_receiving_host_dies_between_efpa_and_eerp : IAsyncLifetime
{
    private RelayedSites _sites = null!;

    public async Task InitializeAsync() => _sites = await RelayedSites.StartAsync();

    [Fact]
    public async Task The_eerp_is_still_sent_later_and_the_flow_sees_the_file_once()
    {
        // The receiver's EERP never gets through: the connection dies the moment it is sent.
        _sites.Relay.CutWhenReceiverSends = connection => connection == 1 ? 'E' : null;
        var content = TestFiles.Random(120_000);

        var first = await _sites.Sender.SendAsync("receiver-site", content, "INVOIC");
        await _sites.Receiver.RestartAsync();
        await _sites.Receiver.StartReceiverAsync();

        Assert.True(first.Status == ReceiptStatus.PendingAcknowledgement, $"the file was accepted without its EERP, yet the receipt is {first.Status}");
        var second = await _sites.Sender.SendAsync("receiver-site", TestFiles.Random(1_000, seed: 2), "NEXTFILE");
        Assert.True(second.Status == ReceiptStatus.Delivered, $"the next file: {second.Status} {second.Reason}");
        var firstDelivery = await _sites.Sender.StateStore.Deliveries.GetAsync(first.CorrelationId, CancellationToken.None);
        Assert.True(firstDelivery?.State == DeliveryState.Delivered, $"the first file's EERP never came: its delivery is {firstDelivery?.State}");
        var delivered = _sites.Receiver.Delivered("sender-site");
        Assert.True(delivered.Keys.Order().SequenceEqual(["INVOIC", "NEXTFILE"]), $"the flow saw: {string.Join(", ", delivered.Keys)}");
    }

    public async Task DisposeAsync() => await _sites.DisposeAsync();
}
