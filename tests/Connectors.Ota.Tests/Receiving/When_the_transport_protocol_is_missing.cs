using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_the_transport_protocol_is_missing
{
    [Fact]
    public async Task The_post_is_answered_3000_and_nothing_is_enqueued()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();

        var answer = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, Posts.FormType, Posts.ValidSendWith(OtaFieldNames.TransportProtocol, null));

        Assert.True(answer.StatusCode == 3000, $"a post without TRANSPORT_PROTOCOL was answered {answer}, not 3000");
        Assert.True(answer.Header("MESSAGE_RECEIPT_ID") is null, "a refused post got a receipt id");
        await NothingArrived.AssertAsync(receiver, "after a post without TRANSPORT_PROTOCOL");
    }
}
