using System.Text;
using Connectors.Ota.Audit;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_the_content_length_lies
{
    private const string Boundary = "lying-boundary";

    [Fact]
    public async Task A_body_shorter_than_declared_is_refused_with_3102_and_nothing_is_enqueued()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();
        var body = Posts.Encode(Posts.ValidSend("MSG-SHORT-1"));

        // The client sends less than it declared and closes its side. Kestrel takes that close for the
        // end of the connection and resets it, so the 3102 answer may not reach the client; the
        // receiver's verdict is in its audit log either way.
        RawResponse? answer = null;
        try
        {
            answer = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, Posts.FormType, body, declaredLength: body.Length + 500, stopSending: true);
        }
        catch (IOException)
        {
            // The reset described above.
        }

        Assert.True(answer is null || answer.StatusCode == 3102, $"a body 500 bytes shorter than its Content-Length was answered {answer}, not 3102");
        var refusal = await AuditOfAsync(receiver);
        Assert.True(refusal?.Status == OtaAuditStatus.Refused && refusal.ResultCode == 3102, $"the audit log recorded {refusal?.Status} {refusal?.ResultCode}, not a refusal with 3102");
        await NothingArrived.AssertAsync(receiver, "after a body shorter than its Content-Length");
    }

    [Fact]
    public async Task A_part_larger_than_its_declared_length_is_answered_3102_and_nothing_is_enqueued()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();
        var body = Multipart(payloadDeclaredLength: 5);

        var answer = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, $"multipart/related; boundary={Boundary}", body);

        Assert.True(answer.StatusCode == 3102, $"a payload part larger than its Content-Length was answered {answer}, not 3102");
        await NothingArrived.AssertAsync(receiver, "after a part larger than declared");
    }

    [Fact]
    public async Task A_body_longer_than_declared_is_cut_at_the_declared_length_and_refused_as_malformed()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();
        var body = Multipart(payloadDeclaredLength: null);

        var answer = await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, $"multipart/related; boundary={Boundary}", body, declaredLength: body.Length - 40);

        Assert.True(answer.StatusCode == 3000, $"a multipart body read only up to a Content-Length 40 bytes short was answered {answer}, not 3000");
        await NothingArrived.AssertAsync(receiver, "after a body longer than its Content-Length");
    }

    // The audit row is written before the answer; a client that saw the reset may look a moment earlier.
    private static async Task<OtaAuditRecord?> AuditOfAsync(RunningOtaReceiver receiver)
    {
        for (var wait = 0; wait < 50; wait++)
        {
            if ((await receiver.Audit.ListAsync(1, CancellationToken.None)).FirstOrDefault() is { } record)
            {
                return record;
            }

            await Task.Delay(100);
        }

        return null;
    }

    private static byte[] Multipart(int? payloadDeclaredLength)
    {
        var fields = Posts.ValidSend();
        var payload = fields["PAYLOAD"];
        fields.Remove("PAYLOAD");
        var text = new StringBuilder()
            .Append("--").Append(Boundary).Append("\r\n")
            .Append("Content-Type: application/x-www-form-urlencoded\r\n\r\n")
            .Append(Encoding.ASCII.GetString(Posts.Encode(fields))).Append("\r\n")
            .Append("--").Append(Boundary).Append("\r\n")
            .Append("Content-Type: application/xml\r\n")
            .Append(payloadDeclaredLength is { } declared ? $"Content-Length: {declared}\r\n" : string.Empty)
            .Append("\r\n")
            .Append(payload).Append("\r\n")
            .Append("--").Append(Boundary).Append("--\r\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
