using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Messages;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_the_efpa_is_lost_and_the_file_is_sent_again : IAsyncLifetime
{
    private RelayedSites _sites = null!;

    public async Task InitializeAsync() => _sites = await RelayedSites.StartAsync();

    [Fact]
    public async Task The_receiver_recognises_the_file_and_the_flow_sees_it_once()
    {
        // The receiver committed the file; its EFPA dies on the way, so the sender retries the same file.
        _sites.Relay.CutWhenReceiverSends = connection => connection == 1 ? '4' : null;
        var content = TestFiles.Random(80_000);

        var receipt = await _sites.Sender.SendAsync("receiver-site", content, "DESADV");

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"the resent file: {receipt.Status} {receipt.Reason}");
        Assert.True(_sites.Relay.Connections >= 2, "the lost EFPA did not lead to a second session");
        var delivered = _sites.Receiver.Delivered("sender-site");
        Assert.True(delivered.Count == 1, $"the flow saw {delivered.Count} files: {string.Join(", ", delivered.Keys)}");
        Assert.True(delivered["DESADV"].AsSpan().SequenceEqual(content), "the file arrived changed");
    }

    public async Task DisposeAsync() => await _sites.DisposeAsync();
}
