using System.Globalization;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_the_content_length_is_missing
{
    [Fact]
    public async Task A_chunked_post_is_answered_3101_and_nothing_is_enqueued()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();
        var body = Posts.Encode(Posts.ValidSend());
        var chunked = new List<byte>();
        chunked.AddRange(System.Text.Encoding.ASCII.GetBytes(body.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"));
        chunked.AddRange(body);
        chunked.AddRange("\r\n0\r\n\r\n"u8.ToArray());

        var answer = await RawHttp.SendAsync(
            receiver.Endpoint,
            $"POST {OtaReceiverProperties.DefaultPath} HTTP/1.1\r\nHost: {receiver.Endpoint}\r\nConnection: close\r\nContent-Type: {Posts.FormType}\r\nTransfer-Encoding: chunked\r\n",
            [.. chunked]);

        Assert.True(answer.Status == 411 && answer.StatusCode == 3101, $"a post without Content-Length was answered {answer}, not HTTP 411 with 3101");
        await NothingArrived.AssertAsync(receiver, "after a post without Content-Length");
    }
}
