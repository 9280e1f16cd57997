using Connectors.Ota.Audit;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.State;

namespace Connectors.Ota.Tests.Sending;

public sealed class When_every_attempt_fails
{
    [Fact]
    public async Task The_message_is_kept_in_the_queue_as_failed_and_the_error_says_4003()
    {
        await using var refusing = RefusingPartner.Start();
        var address = new Uri($"http://{refusing.Endpoint}{OtaReceiverProperties.DefaultPath}");
        var network = new NetworkSettings { ConnectTimeoutSeconds = 5, ResponseTimeoutSeconds = 5, MaxAttempts = 3, InitialBackoffSeconds = 0.05, MaxBackoffSeconds = 0.05 };
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(address, OtaProtocolType.HttpOxta, network));

        var failure = await Record.ExceptionAsync(() => sending.SendAsync("<PO>nowhere to go</PO>", headers: new Dictionary<string, string> { ["MESSAGE_ID"] = "MSG-FAIL-1" }));

        Assert.True(failure is ConnectorException { Kind: ConnectorErrorKind.ConnectionFailed }, $"the last attempt ended in {failure?.GetType().Name} {(failure as ConnectorException)?.Kind}, not a connection failure");
        Assert.True(failure!.Message.Contains("4003", StringComparison.Ordinal), $"the error does not say the maximum attempts were exceeded (4003): {failure.Message}");
        var item = await sending.QueuedAsync("MSG-FAIL-1");
        Assert.True(item?.State == OutboundState.Failed, $"the message is {item?.State.ToString() ?? "gone"} in the queue, not kept as failed");
        Assert.True(item!.Attempts == 3, $"the queue counts {item.Attempts} attempts, not the profile's 3");
        Assert.True(item.LastError?.Contains("4003", StringComparison.Ordinal) == true, $"the queue's last error does not say 4003: {item.LastError}");
        Assert.True(item.Payload is { } kept && System.Text.Encoding.UTF8.GetString(kept.Span) == "<PO>nowhere to go</PO>", "the failed message's payload was dropped from its queue row");
        var audit = Assert.Single(await sending.Audit.FindAsync(OtaDirection.Outbound, "MSG-FAIL-1", CancellationToken.None));
        Assert.True(audit.Status == OtaAuditStatus.Failed && audit.ResultCode == 4003 && audit.Attempts == 3, $"the audit shows {audit.Status} {audit.ResultCode} after {audit.Attempts} attempts");
    }
}
