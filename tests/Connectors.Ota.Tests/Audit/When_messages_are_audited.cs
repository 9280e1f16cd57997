using System.Text;
using Connectors.Ota.Audit;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Receiving;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Messages;

namespace Connectors.Ota.Tests.Audit;

public sealed class When_messages_are_audited
{
    [Fact]
    public async Task Both_sides_record_ids_status_times_transaction_party_result_and_receipt()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(receiver.Address, OtaProtocolType.HttpOxta));

        var receipt = await sending.SendAsync("<PO>audited</PO>", headers: new Dictionary<string, string> { ["MESSAGE_ID"] = "MSG-AUDIT-1" });
        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"the document was {receipt.Status}, so there is nothing to audit");

        var outbound = Assert.Single(await sending.Audit.FindAsync(OtaDirection.Outbound, "MSG-AUDIT-1", CancellationToken.None));
        var inbound = Assert.Single(await receiver.Audit.FindAsync(OtaDirection.Inbound, "MSG-AUDIT-1", CancellationToken.None));
        foreach (var (side, record) in new[] { ("outbound", outbound), ("inbound", inbound) })
        {
            Assert.True(record.ReceiptId == receipt.PartnerReceiptId, $"the {side} record names receipt '{record.ReceiptId}', not '{receipt.PartnerReceiptId}'");
            Assert.True(record.RequestType == "SEND", $"the {side} record's request type is '{record.RequestType}'");
            Assert.True(record.TransactionType == "PO" && record.TransactionSubtype == "PROCESS" && record.DocumentNumber == "12345", $"the {side} record's transaction is {record.TransactionType}/{record.TransactionSubtype} {record.DocumentNumber}");
            Assert.True(record.PartyId == "9999" && record.PartySiteId == "8888", $"the {side} record's party is {record.PartyId}/{record.PartySiteId}");
            Assert.True(record.Username == TestAccounts.Username, $"the {side} record's user is '{record.Username}'");
            Assert.True(record.ProtocolType == "HTTP-OXTA", $"the {side} record's protocol type is '{record.ProtocolType}'");
            Assert.True(record.ResultCode == 1000 && !string.IsNullOrEmpty(record.ResultText), $"the {side} record's result is {record.ResultCode} '{record.ResultText}'");
            Assert.True(record.CompletedAt >= record.StartedAt, $"the {side} record completed at {record.CompletedAt}, before it started at {record.StartedAt}");
            Assert.True(record.ContentLength > 0, $"the {side} record's content length is {record.ContentLength}");
            Assert.True(record.Error is null, $"the {side} record of a delivery has an error: {record.Error}");
        }

        Assert.True(outbound.Status == OtaAuditStatus.Delivered && outbound.Attempts == 1 && outbound.Partner == SendingSide.PartnerProfile, $"the outbound record shows {outbound.Status} after {outbound.Attempts} attempts to '{outbound.Partner}'");
        Assert.True(inbound.Status == OtaAuditStatus.Accepted && inbound.Partner == TestAccounts.AccountProfile, $"the inbound record shows {inbound.Status} from '{inbound.Partner}'");
        Assert.True(inbound.ClientAddress?.StartsWith("127.0.0.1:", StringComparison.Ordinal) == true, $"the inbound record's client is '{inbound.ClientAddress}'");
    }

    [Fact]
    public async Task No_audit_database_holds_the_password()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(receiver.Address, OtaProtocolType.HttpOxta));
        await sending.SendAsync("<PO>audited</PO>");
        await RawHttp.PostAsync(receiver.Endpoint, OtaReceiverProperties.DefaultPath, Posts.FormType, Posts.ValidSendWith(OtaFieldNames.Password, TestAccounts.WrongPassword));

        var files = new[] { sending.Audit, receiver.Audit }
            .Select(a => ((SqliteOtaAuditLog)a).Path)
            .SelectMany(path => new[] { path, path + "-wal" })
            .Where(File.Exists);
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            foreach (var secret in new[] { TestAccounts.Password, TestAccounts.WrongPassword })
            {
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"{Path.GetFileName(file)} holds a password");
            }
        }
    }
}
