using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_the_message_type_is_unknown
{
    [Theory]
    [InlineData("EDIFACT", 3001)]
    [InlineData(null, 3000)]
    public async Task The_post_gets_its_status_code_and_nothing_is_enqueued(string? messageType, int expected)
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();

        var answer = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, Posts.FormType, Posts.ValidSendWith(OtaFieldNames.MessageType, messageType));

        Assert.True(answer.StatusCode == expected, $"a post with MESSAGE_TYPE '{messageType ?? "missing"}' was answered {answer}, not {expected}");
        await NothingArrived.AssertAsync(receiver, $"after a post with MESSAGE_TYPE '{messageType ?? "missing"}'");
    }
}
