using Connectors.Ota.Audit;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.State;

namespace Connectors.Ota.Tests.Sending;

public sealed class When_the_receiver_is_down_for_a_while
{
    [Fact]
    public async Task The_sender_backs_off_and_delivers_once_it_is_back()
    {
        var port = LoopbackEndpoints.Unused().Port;
        var address = new Uri($"http://127.0.0.1:{port}{OtaReceiverProperties.DefaultPath}");
        var network = new NetworkSettings { ConnectTimeoutSeconds = 5, ResponseTimeoutSeconds = 10, MaxAttempts = 10, InitialBackoffSeconds = 0.2, MaxBackoffSeconds = 0.8 };
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(address, OtaProtocolType.HttpOxta, network));

        var sendingTask = sending.SendAsync("<PO>patience</PO>", headers: new Dictionary<string, string> { ["MESSAGE_ID"] = "MSG-DOWN-1" });
        await WaitForAttemptsAsync(sending, "MSG-DOWN-1", 2);
        Assert.True(!sendingTask.IsCompleted, "the send ended while the receiver was still down");
        var waiting = await sending.QueuedAsync("MSG-DOWN-1");
        Assert.True(waiting?.State == OutboundState.Queued, $"while the receiver is down the message is {waiting?.State}, not queued");
        await using var receiver = await RunningOtaReceiver.StartAsync(new ReceiverSetup { Port = port });

        var receipt = await sendingTask;

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"the document was {receipt.Status} ({receipt.ReasonCode} {receipt.Reason}) once the receiver was back");
        Assert.True((await receiver.CommittedAsync()).Count == 1, "the document did not reach the flow exactly once");
        var sent = Assert.Single(await sending.Audit.FindAsync(OtaDirection.Outbound, "MSG-DOWN-1", CancellationToken.None));
        Assert.True(sent.Attempts >= 3, $"the audit shows {sent.Attempts} attempts; the first two at least failed while the receiver was down");
        Assert.True(
            sending.Logs.Entries.Count(e => e.Message.Contains("retrying in", StringComparison.Ordinal)) >= 2,
            "the back-off between attempts was not logged");
    }

    private static async Task WaitForAttemptsAsync(SendingSide sending, string messageId, int attempts)
    {
        for (var wait = 0; wait < 200; wait++)
        {
            if (await sending.QueuedAsync(messageId) is { } item && item.Attempts >= attempts)
            {
                return;
            }

            await Task.Delay(25);
        }

        Assert.Fail($"the sender did not record {attempts} failed attempts while the receiver was down");
    }
}
