using Connectors.Ota.Audit;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_a_message_is_posted_twice
{
    [Fact]
    public async Task The_resend_is_answered_1000_with_the_first_receipt_and_not_enqueued_again()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();
        var body = Posts.Encode(Posts.ValidSend("MSG-TWICE-1"));

        var first = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, Posts.FormType, body);
        var second = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, Posts.FormType, body);

        Assert.True(first.StatusCode == 1000, $"the first post was answered {first}");
        Assert.True(second.Status == 200 && second.StatusCode == 1000, $"the resend was answered {second}, not 1000, so the sender would keep retrying");
        Assert.True(second.Header("MESSAGE_RECEIPT_ID") == first.Header("MESSAGE_RECEIPT_ID"), $"the resend got receipt {second.Header("MESSAGE_RECEIPT_ID")}, not the first delivery's {first.Header("MESSAGE_RECEIPT_ID")}");
        Assert.True((await receiver.CommittedAsync()).Count == 1, "the resend was enqueued a second time");
        Assert.True(receiver.DeliveredFiles().Length == 1, "the resend was stored a second time");

        var audit = await receiver.Audit.FindAsync(OtaDirection.Inbound, "MSG-TWICE-1", CancellationToken.None);
        Assert.True(
            audit.Select(a => a.Status).SequenceEqual([OtaAuditStatus.Accepted, OtaAuditStatus.Duplicate]),
            $"the audit log shows {string.Join(", ", audit.Select(a => a.Status))}, not Accepted then Duplicate");
        Assert.True(
            receiver.Logs.Entries.Any(e => e.Message.Contains("MSG-TWICE-1", StringComparison.Ordinal) && e.Message.Contains("received before", StringComparison.Ordinal)),
            "the duplicate was not logged");
    }
}
