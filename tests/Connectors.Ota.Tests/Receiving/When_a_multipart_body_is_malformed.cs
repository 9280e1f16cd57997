using System.Text;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_a_multipart_body_is_malformed
{
    private const string Boundary = "broken-boundary";

    [Fact]
    public async Task It_is_refused_and_not_even_its_complete_parts_are_stored()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();
        var fields = Posts.ValidSend();
        fields["PROTOCOL_TYPE"] = "OTAH-ATCH";
        var body = Encoding.ASCII.GetBytes(
            $"--{Boundary}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n{Encoding.ASCII.GetString(Posts.Encode(fields))}\r\n" +
            $"--{Boundary}\r\nContent-Type: application/pdf\r\nContent-ID: <drawing-1>\r\n\r\na complete first attachment\r\n" +
            $"--{Boundary}\r\nContent-Type: application/pdf\r\nContent-ID: <drawing-2>\r\n\r\nthe second attachment, and then the body ends without its closing boundary");

        var answer = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, $"multipart/related; boundary={Boundary}", body);

        Assert.True(answer.StatusCode == 3000, $"a multipart body without its closing boundary was answered {answer}, not 3000");
        await NothingArrived.AssertAsync(receiver, "after a malformed multipart body whose first attachment was complete");
    }

    [Fact]
    public async Task A_multipart_type_without_a_boundary_is_refused()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();

        var answer = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, "multipart/related", Posts.Encode(Posts.ValidSend()));

        Assert.True(answer.StatusCode == 3000, $"a multipart body without a boundary was answered {answer}, not 3000");
        await NothingArrived.AssertAsync(receiver, "after a multipart body without a boundary");
    }
}
