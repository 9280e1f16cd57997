using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_the_message_id_is_missing
{
    [Fact]
    public async Task The_post_is_answered_3100_since_a_resend_could_not_be_recognised()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();

        var answer = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, Posts.FormType, Posts.ValidSendWith(OtaFieldNames.MessageId, null));

        Assert.True(answer.StatusCode == 3100, $"a SEND without MESSAGE_ID was answered {answer}, not 3100");
        await NothingArrived.AssertAsync(receiver, "after a SEND without MESSAGE_ID");
    }
}
