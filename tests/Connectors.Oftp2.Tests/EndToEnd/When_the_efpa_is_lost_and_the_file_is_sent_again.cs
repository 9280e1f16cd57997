using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_the_efpa_is_lost_and_the_file_is_sent_again : IAsyncLifetime
{
    private readonly Oftp2Site _sender = Oftp2Site.Create("O0013000000SENDER");
    private readonly Oftp2Site _receiver = Oftp2Site.Create("O0013000000RECVR");
    private CuttingRelay _relay = null!;

    public async Task InitializeAsync()
    {
        await _receiver.StartReceiverAsync();
        _receiver.Onboard("sender-site", _sender, reachable: false);
        _relay = new CuttingRelay(_receiver.Port);
        _sender.Onboard("receiver-site", _receiver, reachable: true, extra: new JObject { ["port"] = _relay.Port });
    }

    [Fact]
    public async Task The_receiver_recognises_the_file_and_the_flow_sees_it_once()
    {
        // The receiver committed the file; its EFPA dies on the way, so the sender retries the same file.
        _relay.CutWhenReceiverSends = connection => connection == 1 ? '4' : null;
        var content = TestFiles.Random(80_000);

        var receipt = await _sender.SendAsync("receiver-site", content, "DESADV");

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"the resent file: {receipt.Status} {receipt.Reason}");
        Assert.True(_relay.Connections >= 2, "the lost EFPA did not lead to a second session");
        var delivered = _receiver.Delivered("sender-site");
        Assert.True(delivered.Count == 1, $"the flow saw {delivered.Count} files: {string.Join(", ", delivered.Keys)}");
        Assert.True(delivered["DESADV"].AsSpan().SequenceEqual(content), "the file arrived changed");
    }

    public async Task DisposeAsync()
    {
        await _relay.DisposeAsync();
        await _sender.DisposeAsync();
        await _receiver.DisposeAsync();
    }
}
