using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_the_connection_is_cut_during_a_file : IAsyncLifetime
{
    private RelayedSites _sites = null!;

    public async Task InitializeAsync() => _sites = await RelayedSites.StartAsync(new JObject { ["session"] = new JObject { ["bufferSize"] = 4096, ["credit"] = 8 } });

    [Theory]
    [InlineData(50_000)]
    [InlineData(400_000)]
    [InlineData(1_100_000)]
    public async Task The_retry_resumes_from_the_restart_point_and_the_file_arrives_once_and_whole(long cutAfter)
    {
        const int size = 1_500_000;
        var content = TestFiles.Random(size, seed: (int)cutAfter);
        _sites.Relay.CutTowardsReceiverAfter = connection => connection == 1 ? cutAfter : null;

        var receipt = await _sites.Sender.SendAsync("receiver-site", content, "RESTART.TEST");

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"after a cut at {cutAfter} octets: {receipt.Status} {receipt.Reason}");
        Assert.True(_sites.Relay.Connections >= 2, "the cut did not cause a second session");
        var second = _sites.Relay.OctetsTowardsReceiver[1];
        Assert.True(second < size - cutAfter + 200_000, $"the second session sent {second} octets for a file of {size} cut after {cutAfter}: it did not resume from the restart point");
        var delivered = _sites.Receiver.Delivered("sender-site");
        Assert.True(delivered.Count == 1, $"the flow saw {delivered.Count} files");
        Assert.True(delivered["RESTART.TEST"].AsSpan().SequenceEqual(content), "the reassembled file differs from the one sent");
    }

    public async Task DisposeAsync() => await _sites.DisposeAsync();
}
