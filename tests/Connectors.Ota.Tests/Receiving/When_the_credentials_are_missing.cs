using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_the_credentials_are_missing
{
    [Theory]
    [InlineData(OtaFieldNames.Username)]
    [InlineData(OtaFieldNames.Password)]
    public async Task The_post_is_answered_3002_and_nothing_is_enqueued(string missing)
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();

        var answer = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, Posts.FormType, Posts.ValidSendWith(missing, null));

        Assert.True(answer.StatusCode == 3002, $"a post without {missing} was answered {answer}, not 3002");
        await NothingArrived.AssertAsync(receiver, $"after a post without {missing}");
    }
}
