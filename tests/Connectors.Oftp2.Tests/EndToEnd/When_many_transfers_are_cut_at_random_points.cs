using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_many_transfers_are_cut_at_random_points : IAsyncLifetime
{
    private readonly Oftp2Site _sender = Oftp2Site.Create("O0013000000SENDER");
    private readonly Oftp2Site _receiver = Oftp2Site.Create("O0013000000RECVR");
    private CuttingRelay _relay = null!;

    public async Task InitializeAsync()
    {
        await _receiver.StartReceiverAsync();
        _receiver.Onboard("sender-site", _sender, reachable: false);
        _relay = new CuttingRelay(_receiver.Port);
        _sender.Onboard("receiver-site", _receiver, reachable: true, extra: new JObject
        {
            ["port"] = _relay.Port,
            ["session"] = new JObject { ["bufferSize"] = 2048, ["credit"] = 4 },
            ["network"] = new JObject { ["maxAttempts"] = 6 },
        });
    }

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
            var cutFirst = _relay.Connections + 1;
            _relay.CutTowardsReceiverAfter = connection => connection == cutFirst ? cutAt : null;

            var receipt = await _sender.SendAsync("receiver-site", content, name);

            Assert.True(receipt.Status is ReceiptStatus.Delivered or ReceiptStatus.PendingAcknowledgement, $"{name} (cut at {cutAt} of {size}): {receipt.Status} {receipt.Reason}");
            sent[name] = content;
        }

        var delivered = _receiver.Delivered("sender-site");
        Assert.Equal(sent.Keys.Order(), delivered.Keys.Order());
        foreach (var (name, content) in sent)
        {
            Assert.True(delivered[name].AsSpan().SequenceEqual(content), $"{name} arrived changed");
        }
    }

    public async Task DisposeAsync()
    {
        await _relay.DisposeAsync();
        await _sender.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
