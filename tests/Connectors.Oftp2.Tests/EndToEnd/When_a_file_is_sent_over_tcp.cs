using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Messages;
using Connectors.Sdk.State;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_a_file_is_sent_over_tcp : IAsyncLifetime
{
    private readonly Oftp2Site _sender = Oftp2Site.Create("O0013000000SENDER");
    private readonly Oftp2Site _receiver = Oftp2Site.Create("O0013000000RECVR");

    public async Task InitializeAsync()
    {
        await _receiver.StartReceiverAsync();
        _receiver.Onboard("sender-site", _sender, reachable: false);
        _sender.Onboard("receiver-site", _receiver, reachable: true);
    }

    [Fact]
    public async Task The_partner_gets_it_once_and_its_eerp_makes_the_receipt_delivered()
    {
        var content = TestFiles.Random(300_000);

        var receipt = await _sender.SendAsync("receiver-site", content, "ORDERS.D96A");

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"expected Delivered (EERP in the same session), got {receipt.Status} {receipt.ReasonCode} {receipt.Reason}");
        var delivered = _receiver.Delivered("sender-site");
        Assert.True(delivered.Count == 1, $"the receiving flow saw {delivered.Count} files");
        Assert.True(delivered["ORDERS.D96A"].AsSpan().SequenceEqual(content), "the delivered file differs from the one sent");
        var tracked = await _sender.StateStore.Deliveries.GetAsync(receipt.CorrelationId, CancellationToken.None);
        Assert.True(tracked?.State == DeliveryState.Delivered, $"the delivery is tracked as {tracked?.State}");
    }

    [Fact]
    public async Task Several_files_in_a_row_each_arrive()
    {
        for (var i = 1; i <= 3; i++)
        {
            var receipt = await _sender.SendAsync("receiver-site", TestFiles.Random(10_000 * i, seed: i), $"FILE{i}");
            Assert.True(receipt.Status == ReceiptStatus.Delivered, $"file {i}: {receipt.Status} {receipt.Reason}");
        }

        Assert.Equal(["FILE1", "FILE2", "FILE3"], _receiver.Delivered("sender-site").Keys.Order());
    }

    public async Task DisposeAsync()
    {
        await _sender.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
