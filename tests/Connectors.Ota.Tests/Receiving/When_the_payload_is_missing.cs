using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_the_payload_is_missing
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task The_post_is_answered_3005_and_nothing_is_enqueued(string? payload)
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();

        var answer = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, Posts.FormType, Posts.ValidSendWith(OtaFieldNames.Payload, payload));

        Assert.True(answer.StatusCode == 3005, $"a post with {(payload is null ? "no" : "an empty")} PAYLOAD was answered {answer}, not 3005");
        await NothingArrived.AssertAsync(receiver, "after a post without payload");
    }
}
