using Connectors.Ota.Audit;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.State;

namespace Connectors.Ota.Tests.Sending;

public sealed class When_the_host_restarts_with_messages_in_the_queue
{
    [Fact]
    public async Task A_send_that_was_stopped_mid_way_is_finished_by_the_queue_recovery_once_its_claim_lapses()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var port = LoopbackEndpoints.Unused().Port;
        var address = new Uri($"http://127.0.0.1:{port}{OtaReceiverProperties.DefaultPath}");
        var network = new NetworkSettings { ConnectTimeoutSeconds = 2, ResponseTimeoutSeconds = 2, MaxAttempts = 5, InitialBackoffSeconds = 30, MaxBackoffSeconds = 30 };
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(address, OtaProtocolType.HttpOxta, network), clock);

        // The host stops while the sender waits out its back-off after a failed first attempt.
        using var stop = new CancellationTokenSource();
        var interrupted = sending.SendAsync("<PO>survives a restart</PO>", headers: new Dictionary<string, string> { ["MESSAGE_ID"] = "MSG-RESTART-1" }, cancellationToken: stop.Token);
        await WaitForAttemptsAsync(sending, "MSG-RESTART-1", 1);
        await stop.CancelAsync();
        var stopped = await Record.ExceptionAsync(() => interrupted);
        Assert.True(stopped is OperationCanceledException, $"the interrupted send ended with {stopped?.GetType().Name ?? "a receipt"}, not as cancelled");

        var early = await sending.Sender.ResendDueAsync(CancellationToken.None);
        Assert.True(early == 0, $"recovery took {early} messages while the stopped send's claim still held");

        clock.Advance(TimeSpan.FromSeconds(network.ConnectTimeoutSeconds + network.ResponseTimeoutSeconds + network.MaxBackoffSeconds + 31));
        await using var receiver = await RunningOtaReceiver.StartAsync(new ReceiverSetup { Port = port });
        var tried = await sending.Sender.ResendDueAsync(CancellationToken.None);

        Assert.True(tried == 1, $"recovery tried {tried} messages, not the one left in the queue");
        var item = await sending.QueuedAsync("MSG-RESTART-1");
        Assert.True(item?.State == OutboundState.Sent, $"after recovery the message is {item?.State} in the queue, not sent");
        var entry = Assert.Single(await receiver.CommittedAsync());
        Assert.True(entry.DuplicateKey == "MSG-RESTART-1", $"the flow got MESSAGE_ID '{entry.DuplicateKey}', not the stored one");
        var audit = Assert.Single(await sending.Audit.FindAsync(OtaDirection.Outbound, "MSG-RESTART-1", CancellationToken.None));
        Assert.True(audit.Status == OtaAuditStatus.Delivered && audit.Attempts == 2 && audit.ReceiptId == entry.DeliveryId, $"the audit shows {audit.Status} after {audit.Attempts} attempts with receipt {audit.ReceiptId}");
    }

    private static async Task WaitForAttemptsAsync(SendingSide sending, string messageId, int attempts)
    {
        for (var wait = 0; wait < 400; wait++)
        {
            if (await sending.QueuedAsync(messageId) is { } item && item.Attempts >= attempts)
            {
                return;
            }

            await Task.Delay(25);
        }

        Assert.Fail($"the sender did not record {attempts} failed attempts");
    }
}
