using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_the_flow_cannot_store_the_message
{
    [Fact]
    public async Task The_post_is_answered_2000_so_the_sender_sends_it_again()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync(new ReceiverSetup { Sink = new FailingSink() });

        var answer = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, Posts.FormType, Posts.Encode(Posts.ValidSend()));

        Assert.True(answer.StatusCode == 2000, $"a message the flow could not store was answered {answer}, not 2000");
        Assert.True(answer.Header("MESSAGE_RECEIPT_ID") is null, "a message that was not stored got a receipt id");
    }
}
