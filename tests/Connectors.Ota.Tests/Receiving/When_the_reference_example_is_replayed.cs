using System.Text;
using Connectors.Ota.Audit;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Ota.Tests.Protocol;

namespace Connectors.Ota.Tests.Receiving;

public sealed class When_the_reference_example_is_replayed
{
    [Fact]
    public async Task The_receiver_answers_1000_with_a_receipt_and_the_flow_gets_the_payload_once()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync(new ReceiverSetup { Username = "myusername", Password = "myloginpassword" });

        // The reference's request as written, but sendable: its header folds unfolded (HTTP/1.1 forbids
        // them), its placeholder Content-length of 12345 replaced by the body's true length, CRLF line ends.
        var body = Encoding.UTF8.GetBytes(When_the_reference_example_body_is_read.Body.Replace("\n", "\r\n", StringComparison.Ordinal));
        var head =
            $"POST {OtaReceiverProperties.DefaultPath} HTTP/1.1\r\n" +
            $"Host: {receiver.Endpoint}\r\n" +
            "Http-Version: HTTP/1.1\r\n" +
            "Authorization: Digest username=\"myusername\", realm=\"testrealm@host.com\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"/dir/index.html\", " +
            "qop=auth, nc=00000001, cnonce=\"0a4f113b\", response=\"6629fae49393a05397450978507c4ef1\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"\r\n" +
            $"Content-length: {body.Length}\r\n" +
            "Content-type: text/html\r\n" +
            "Connection: close\r\n";

        var answer = await RawHttp.SendAsync(receiver.Endpoint, head, body);

        Assert.True(answer.Status == 200 && answer.StatusCode == 1000, $"the example was answered {answer}, not HTTP 200 with STATUS_CODE 1000");
        var receipt = answer.Header("MESSAGE_RECEIPT_ID");
        Assert.True(!string.IsNullOrEmpty(receipt), "the 1000 answer carries no MESSAGE_RECEIPT_ID");
        Assert.True(answer.Body.Contains(receipt!, StringComparison.Ordinal) && answer.Body.Contains("<HTML>", StringComparison.Ordinal), $"the informational HTML body does not show the receipt: {answer.Body}");

        var entry = Assert.Single(await receiver.CommittedAsync());
        Assert.True(entry.DeliveryId == receipt, $"the receipt id {receipt} is not the id {entry.DeliveryId} the flow committed");
        Assert.True(entry.DuplicateKey == "A1234567890ZZ0987654321", $"the flow's duplicate key is '{entry.DuplicateKey}', not the MESSAGE_ID");
        var file = Assert.Single(receiver.DeliveredFiles());
        Assert.True(Path.GetFileName(file) == "A1234567890ZZ0987654321.xml", $"the payload was stored as '{Path.GetFileName(file)}'");
        Assert.True(await File.ReadAllTextAsync(file) == "<xml   ... ...> ", "the stored payload differs from the example's PAYLOAD");
        Assert.True(entry.Headers.GetValueOrDefault("TRANSACTION_TYPE") == "PO", "the envelope's TRANSACTION_TYPE did not reach the flow");
        Assert.True(!entry.Headers.ContainsKey("PASSWORD"), "the envelope's PASSWORD was handed to the flow");

        var audit = Assert.Single(await receiver.Audit.FindAsync(OtaDirection.Inbound, "A1234567890ZZ0987654321", CancellationToken.None));
        Assert.True(audit.Status == OtaAuditStatus.Accepted && audit.ReceiptId == receipt, $"the audit log recorded {audit.Status} with receipt {audit.ReceiptId}");
    }
}
