using System.Text;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Testing.Tests.Fixtures;
using static Connectors.Sdk.Testing.Tests.Adapters.SampleCredentialsForTests;

namespace Connectors.Sdk.Testing.Tests.Protocol;

public sealed class When_the_flow_refuses_a_file
{
    [Fact]
    public async Task The_sender_returns_a_rejected_receipt_with_the_flows_reason()
    {
        await using var partner = await RunningSampleReceiver.StartAsync(new RefusingSink("invoices are closed\nuntil Monday"), User, Password, CancellationToken.None);
        using var payload = new MemoryStream(Encoding.UTF8.GetBytes("invoice 43\n"));

        var receipt = await SamplePartnerSetup.SenderFor(partner.Endpoint).SendAsync(
            new ConnectorMessage(payload, new MessageHeaders { FileName = "invoice-43.txt" }),
            SamplePartnerSetup.Properties,
            CancellationToken.None);

        Assert.True(receipt.Status == ReceiptStatus.Rejected, $"the receipt is {receipt.Status}, not Rejected");
        Assert.True(receipt.ReasonCode == "REFUSED", $"the reason code is '{receipt.ReasonCode}', not the protocol's REFUSED");
        Assert.True(receipt.Reason == "invoices are closed until Monday", $"the reason is '{receipt.Reason}', not the flow's reason folded onto one line");
    }
}
