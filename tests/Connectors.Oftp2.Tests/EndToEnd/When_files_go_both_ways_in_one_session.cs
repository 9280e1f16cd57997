using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Messages;
using Connectors.Sdk.State;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_files_go_both_ways_in_one_session : IAsyncLifetime
{
    private readonly Oftp2Site _caller = Oftp2Site.Create("O0013000000CALLER");
    private readonly Oftp2Site _hub = Oftp2Site.Create("O0013000000HUBSITE");

    public async Task InitializeAsync()
    {
        // The caller runs a receiver too, so files that come back in its own sessions reach its flow.
        await _caller.StartReceiverAsync();
        await _hub.StartReceiverAsync();
        _hub.Onboard("caller", _caller, reachable: false);
        _caller.Onboard("hub", _hub, reachable: true);
    }

    [Fact]
    public async Task The_caller_sends_its_file_and_picks_up_the_one_queued_for_it_with_both_eerps()
    {
        var forHub = TestFiles.Random(150_000, seed: 1);
        var forCaller = TestFiles.Random(90_000, seed: 2);
        var queued = await _hub.SendAsync("caller", forCaller, "PICKUP.FILE");
        Assert.True(queued.Status == ReceiptStatus.PendingAcknowledgement, $"a file for a partner without a host should wait in the queue, got {queued.Status}");

        var receipt = await _caller.SendAsync("hub", forHub, "UPLOAD.FILE");

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"the caller's file: {receipt.Status} {receipt.Reason}");
        Assert.True(_hub.Delivered("caller")["UPLOAD.FILE"].AsSpan().SequenceEqual(forHub), "the hub got a different file");
        Assert.True(_caller.Delivered("hub")["PICKUP.FILE"].AsSpan().SequenceEqual(forCaller), "the caller did not pick up its file in the same session");
        var hubDelivery = await _hub.StateStore.Deliveries.GetAsync(queued.CorrelationId, CancellationToken.None);
        Assert.True(hubDelivery?.State == DeliveryState.Delivered, $"the hub's queued file has no EERP: {hubDelivery?.State}");
        var left = await _hub.StateStore.Outbound.ListAsync("oftp2-files", OutboundState.Queued, CancellationToken.None);
        Assert.Empty(left);
    }

    public async Task DisposeAsync()
    {
        await _caller.DisposeAsync();
        await _hub.DisposeAsync();
    }
}
