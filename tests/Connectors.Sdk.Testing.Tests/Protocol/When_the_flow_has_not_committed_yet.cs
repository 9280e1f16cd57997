using System.Text;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Testing.Tests.Fixtures;
using static Connectors.Sdk.Testing.Tests.Adapters.SampleCredentialsForTests;

namespace Connectors.Sdk.Testing.Tests.Protocol;

public sealed class When_the_flow_has_not_committed_yet
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_receiver_answers_stored_only_after_the_commit()
    {
        var sink = new GatedSink();
        await using var partner = await RunningSampleReceiver.StartAsync(sink, User, Password, CancellationToken.None);
        using var payload = new MemoryStream(Encoding.UTF8.GetBytes("invoice 44\n"));

        var sending = SamplePartnerSetup.SenderFor(partner.Endpoint).SendAsync(
            new ConnectorMessage(payload, new MessageHeaders { FileName = "invoice-44.txt" }),
            SamplePartnerSetup.Properties,
            CancellationToken.None);
        await sink.Reached.WaitAsync(Patience);
        await Task.Delay(300);

        Assert.False(sending.IsCompleted, "the sender had its answer while the flow had not committed the file yet");
        sink.Open();
        var receipt = await sending.WaitAsync(Patience);
        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"the receipt is {receipt.Status}, not Delivered, after the flow committed");
        Assert.True(receipt.PartnerReceiptId == "gated-delivery", $"the receipt names delivery '{receipt.PartnerReceiptId}', not the one the flow committed");
    }
}
