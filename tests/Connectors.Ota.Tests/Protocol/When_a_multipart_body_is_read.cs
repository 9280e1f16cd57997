using System.Text;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Protocol.Multipart;
using Connectors.Ota.Tests.Fixtures;

namespace Connectors.Ota.Tests.Protocol;

public sealed class When_a_multipart_body_is_read
{
    private const string Boundary = "ota-boundary-1";

    [Fact]
    public async Task What_was_written_comes_back_part_by_part()
    {
        var envelope = new OtaEnvelope();
        envelope.Set(OtaFieldNames.MessageId, "M-1");
        envelope.Set(OtaFieldNames.MessageType, "XML");
        var payload = Encoding.UTF8.GetBytes("<PO>42</PO>");
        var drawing = new byte[70_000];
        new Random(3).NextBytes(drawing);
        using var content = OtaMultipartWriter.Create(
            envelope,
            new OtaPartSource(OtaMultipartLayout.PayloadContentId, "application/xml", null, payload.Length, () => new MemoryStream(payload)),
            [new OtaPartSource("drawing-42", "application/pdf", "drawing 42.pdf", drawing.Length, () => new MemoryStream(drawing))],
            Boundary);
        var body = new MemoryStream(await content.ReadAsByteArrayAsync());

        var payloadTarget = new MemoryStream();
        var targets = new MemoryPartTargets();
        var read = await OtaMultipartReader.ReadAsync(body, OtaMultipartReader.Boundary(content.Headers.ContentType!.ToString())!, payloadTarget, targets, OtaEnvelopeLimits.Default, CancellationToken.None);

        Assert.True(read.Envelope.MessageId == "M-1", $"the envelope part's MESSAGE_ID read as '{read.Envelope.MessageId}'");
        Assert.True(payloadTarget.ToArray().SequenceEqual(payload), "the payload part read back differs from what was written");
        Assert.True(read.PayloadContentType == "application/xml", $"the payload's content type read as '{read.PayloadContentType}'");
        var attachment = Assert.Single(read.Attachments);
        Assert.True(attachment.ContentId == "drawing-42" && attachment.FileName == "drawing 42.pdf", $"the attachment read as {attachment}");
        Assert.True(targets.Attachment(1).SequenceEqual(drawing), "the attachment read back differs from what was written");
    }

    [Fact]
    public async Task A_part_longer_than_its_Content_Length_is_refused()
    {
        var body = Body(
            "--" + Boundary,
            "Content-Type: application/x-www-form-urlencoded",
            string.Empty,
            "MESSAGE_ID=M-2",
            "--" + Boundary,
            "Content-Type: application/xml",
            "Content-Length: 4",
            string.Empty,
            "<PO>42</PO>",
            "--" + Boundary + "--");

        var failure = await Record.ExceptionAsync(() => OtaMultipartReader.ReadAsync(body, Boundary, new MemoryStream(), new MemoryPartTargets(), OtaEnvelopeLimits.Default, CancellationToken.None));

        Assert.True(failure is OtaContentLengthException, $"a part longer than declared should be refused as such, not with {failure?.GetType().Name ?? "nothing"}");
    }

    [Fact]
    public async Task A_body_without_its_closing_boundary_is_refused()
    {
        var body = Body(
            "--" + Boundary,
            "Content-Type: application/x-www-form-urlencoded",
            string.Empty,
            "MESSAGE_ID=M-3&PAYLOAD=%3CPO%2F%3E",
            "--" + Boundary,
            "Content-Type: application/pdf",
            string.Empty,
            "half an attachm");

        var failure = await Record.ExceptionAsync(() => OtaMultipartReader.ReadAsync(body, Boundary, new MemoryStream(), new MemoryPartTargets(), OtaEnvelopeLimits.Default, CancellationToken.None));

        Assert.True(failure is OtaEnvelopeException, $"a body cut off inside a part should be refused as malformed, not with {failure?.GetType().Name ?? "nothing"}");
    }

    private static MemoryStream Body(params string[] lines) => new(Encoding.ASCII.GetBytes(string.Join("\r\n", lines) + "\r\n"));
}
