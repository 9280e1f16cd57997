using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_many_transfers_are_cut_at_random_points : IAsyncLifetime
{
    private RelayedSites _sites = null!;

    public async Task InitializeAsync() => _sites = await RelayedSites.StartAsync(new JObject
        {
            ["session"] = new JObject { ["bufferSize"] = 2048, ["credit"] = 4 },
            ["network"] = new JObject { ["maxAttempts"] = 6 },
        });

    [Fact]
    public async Task Every_file_arrives_exactly_once_and_byte_identical()
    {
        var random = new Random(20071101);
        var sent = new Dictionary<string, byte[]>();
        for (var i = 0; i < 12; i++)
        {
            var size = random.Next(1, 400_000);
            var name = $"CUT{i:D2}";
            var content = TestFiles.Random(size, seed: i);
            var cutAt = random.Next(0, size + 2_000);
            var cutFirst = _sites.Relay.Connections + 1;
            _sites.Relay.CutTowardsReceiverAfter = connection => connection == cutFirst ? cutAt : null;

            var receipt = await _sites.Sender.SendAsync("receiver-site", content, name);

            Assert.True(receipt.Status is ReceiptStatus.Delivered or ReceiptStatus.PendingAcknowledgement, $"{name} (cut at {cutAt} of {size}): {receipt.Status} {receipt.Reason}");
            sent[name] = content;
        }

        var delivered = _sites.Receiver.Delivered("sender-site");
        Assert.Equal(sent.Keys.Order(), delivered.Keys.Order());
        foreach (var (name, content) in sent)
        {
            Assert.True(delivered[name].AsSpan().SequenceEqual(content), $"{name} arrived changed");
        }
    }

    public async Task DisposeAsync() => await _sites.DisposeAsync();
}
