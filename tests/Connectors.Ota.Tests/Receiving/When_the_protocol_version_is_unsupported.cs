using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_the_protocol_version_is_unsupported
{
    [Theory]
    [InlineData("2.0", 3004)]
    [InlineData(null, 3000)]
    public async Task The_post_gets_its_status_code_and_nothing_is_enqueued(string? version, int expected)
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();

        var answer = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, Posts.FormType, Posts.ValidSendWith(OtaFieldNames.TransportProtocolVersion, version));

        Assert.True(answer.StatusCode == expected, $"a post with TRANSPORT_PROTOCOL_VERSION '{version ?? "missing"}' was answered {answer}, not {expected}");
        await NothingArrived.AssertAsync(receiver, $"after a post with TRANSPORT_PROTOCOL_VERSION '{version ?? "missing"}'");
    }
}
