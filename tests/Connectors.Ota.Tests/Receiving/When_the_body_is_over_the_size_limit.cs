using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_the_body_is_over_the_size_limit
{
    [Fact]
    public async Task It_is_refused_from_its_Content_Length_before_a_byte_of_the_body_is_read()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync(new ReceiverSetup { MaxContentBytes = 1000 });

        // Only the headers are sent: the answer must come without the receiver waiting for the body.
        var answer = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, Posts.FormType, [], declaredLength: 50_000_000);

        Assert.True(answer.Status == 413 && answer.StatusCode == 3102, $"a Content-Length of 50 MB against a limit of 1000 bytes was answered {answer}, not HTTP 413 with 3102");
        await NothingArrived.AssertAsync(receiver, "after a post over the size limit");
    }
}
