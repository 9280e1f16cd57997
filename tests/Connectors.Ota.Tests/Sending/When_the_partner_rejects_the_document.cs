using Connectors.Ota.Audit;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.State;

namespace Connectors.Ota.Tests.Sending;

public sealed class When_the_partner_rejects_the_document
{
    [Fact]
    public async Task The_receipt_is_rejected_with_the_status_code_and_nothing_is_retried()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();
        var network = new NetworkSettings { ConnectTimeoutSeconds = 5, ResponseTimeoutSeconds = 5, MaxAttempts = 5, InitialBackoffSeconds = 0.05, MaxBackoffSeconds = 0.05 };
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(receiver.Address, OtaProtocolType.HttpOxta, network));

        var receipt = await sending.SendAsync("UNB+UNOC:3", SendingSide.Properties with { MessageType = "EDIFACT" }, new Dictionary<string, string> { ["MESSAGE_ID"] = "MSG-REJECT-1" });

        Assert.True(receipt.Status == ReceiptStatus.Rejected, $"a document of a message type the partner refuses was {receipt.Status}");
        Assert.True(receipt.ReasonCode == "3001", $"the rejection carries code {receipt.ReasonCode}, not the partner's 3001");
        var item = await sending.QueuedAsync("MSG-REJECT-1");
        Assert.True(item?.State == OutboundState.Failed && item.Attempts == 1, $"the rejected message is {item?.State} after {item?.Attempts} attempts; a refusal is not retried but kept as failed");
        var audit = Assert.Single(await sending.Audit.FindAsync(OtaDirection.Outbound, "MSG-REJECT-1", CancellationToken.None));
        Assert.True(audit.Status == OtaAuditStatus.Rejected && audit.ResultCode == 3001, $"the audit shows {audit.Status} {audit.ResultCode}");
    }
}
