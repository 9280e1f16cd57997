using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Sending;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Messages;

namespace Connectors.Ota.Tests.Sending;

public sealed class When_attachments_are_sent
{
    [Theory]
    [InlineData(false, 2)]
    [InlineData(true, 2)]
    [InlineData(false, 0)]
    [InlineData(true, 0)]
    public async Task The_document_and_each_attachment_reach_the_flow_once(bool https, int attachmentCount)
    {
        await using var receiver = await RunningOtaReceiver.StartAsync(new ReceiverSetup { Https = https });
        var type = https ? OtaProtocolType.OtahsAtch : OtaProtocolType.OtahAtch;
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(receiver.Address, type, trustPem: receiver.Certificate?.TrustPemPath));
        using var files = new TemporaryFolder();
        var contents = new List<byte[]>();
        var attachments = new List<OtaAttachment>();
        for (var i = 1; i <= attachmentCount; i++)
        {
            var bytes = new byte[i * 150_000];
            new Random(i).NextBytes(bytes);
            var path = files.Combine($"drawing-{i}.pdf");
            await File.WriteAllBytesAsync(path, bytes);
            contents.Add(bytes);
            attachments.Add(new OtaAttachment { Path = path, ContentType = "application/pdf", ContentId = $"drawing-{i}" });
        }

        var receipt = await sending.SendAsync("<PO>with drawings</PO>", SendingSide.Properties with { Attachments = attachments });

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"the document with {attachmentCount} attachments was {receipt.Status} ({receipt.ReasonCode} {receipt.Reason}) over {type.WireName()}");
        var committed = await receiver.CommittedAsync();
        Assert.True(committed.Count == attachmentCount + 1, $"the flow committed {committed.Count} messages, not the document and its {attachmentCount} attachments");
        var payload = committed.Single(e => !e.Headers.ContainsKey("ATTACHMENT_OF"));
        Assert.True(receipt.PartnerReceiptId == payload.DeliveryId, $"the receipt names '{receipt.PartnerReceiptId}', not the document's delivery '{payload.DeliveryId}'");
        Assert.True(await File.ReadAllTextAsync(payload.PayloadPath) == "<PO>with drawings</PO>", "the document arrived with other bytes");
        for (var i = 1; i <= attachmentCount; i++)
        {
            var attachment = committed.Single(e => e.Headers.GetValueOrDefault("CONTENT_ID") == $"drawing-{i}");
            Assert.True((await File.ReadAllBytesAsync(attachment.PayloadPath)).SequenceEqual(contents[i - 1]), $"attachment {i} arrived with other bytes");
            Assert.True(attachment.Headers.GetValueOrDefault("CONTENT_TYPE") == "application/pdf", $"attachment {i} arrived as {attachment.Headers.GetValueOrDefault("CONTENT_TYPE")}");
        }

        if (attachmentCount > 0)
        {
            Assert.True(payload.Headers.GetValueOrDefault("ATTACHMENTS") == "drawing-1,drawing-2", $"the document lists its attachments as '{payload.Headers.GetValueOrDefault("ATTACHMENTS")}'");
        }
    }
}
