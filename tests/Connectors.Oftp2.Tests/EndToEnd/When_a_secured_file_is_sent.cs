using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Messages;
using Connectors.Sdk.State;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_a_secured_file_is_sent(SecuredTransferSites sites) : IClassFixture<SecuredTransferSites>
{
    public static TheoryData<string, int, bool, bool, bool> Agreements()
    {
        var cases = new TheoryData<string, int, bool, bool, bool>();
        foreach (var transport in new[] { SecuredTransferSites.Tcp, SecuredTransferSites.Tls })
        {
            for (var suite = 1; suite <= 6; suite++)
            {
                for (var services = 0; services < 8; services++)
                {
                    cases.Add(transport, suite, (services & 1) != 0, (services & 2) != 0, (services & 4) != 0);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Agreements))]
    public async Task It_arrives_as_it_was_with_the_services_applied_and_a_verified_signed_eerp(string transport, int suite, bool sign, bool compress, bool encrypt)
    {
        var profile = sites.Agree(transport, new JObject
        {
            ["cipherSuite"] = SecuredTransferSites.SuiteName(suite),
            ["signFiles"] = sign,
            ["compressFiles"] = compress,
            ["encryptFiles"] = encrypt,
            ["requestSignedReceipts"] = true,
        });
        var content = TestFiles.Random(3000 + suite, seed: suite);
        var fileName = $"S{suite:D2}{(sign ? "S" : "-")}{(compress ? "C" : "-")}{(encrypt ? "E" : "-")}.{transport}";
        var what = $"{fileName} (suite {suite:D2}, sign {sign}, compress {compress}, encrypt {encrypt})";

        var receipt = await sites.Sender.SendAsync(profile, content, fileName);

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"{what}: expected Delivered with a verified signed EERP, got {receipt.Status} {receipt.ReasonCode} {receipt.Reason}");
        var tracked = await sites.Sender.StateStore.Deliveries.GetAsync(receipt.CorrelationId, CancellationToken.None);
        Assert.True(tracked?.State == DeliveryState.Delivered, $"{what}: the delivery is tracked as {tracked?.State} {tracked?.ReasonCode}");
        Assert.True(tracked!.Details.ContainsKey("oftp2.transmittedHash"), $"{what}: the delivery keeps no hash of the file as transmitted");

        var receiver = transport == SecuredTransferSites.Tls ? sites.OverTls : sites.OverTcp;
        var delivered = receiver.Delivered("client");
        Assert.True(delivered.TryGetValue(fileName, out var arrived), $"{what}: the receiving flow did not get the file");
        Assert.True(arrived.AsSpan().SequenceEqual(content), $"{what}: the file arrived changed ({arrived.Length} octets, {content.Length} sent)");

        var headers = (transport == SecuredTransferSites.Tls ? sites.TlsSink : sites.TcpSink).Headers[fileName].Extra;
        Assert.True(headers["oftp2.encrypted"] == (encrypt ? "true" : "false"), $"{what}: the receiver saw encrypted = {headers["oftp2.encrypted"]}");
        Assert.True(headers["oftp2.compressed"] == (compress ? "true" : "false"), $"{what}: the receiver saw compressed = {headers["oftp2.compressed"]}");
        Assert.True(headers["oftp2.signedBy"].Contains(InteropCertificates.ClientCode, StringComparison.Ordinal) == sign, $"{what}: the receiver saw the file signed by '{headers["oftp2.signedBy"]}'");
        Assert.True(headers["oftp2.cipherSuite"] == $"{suite:D2}", $"{what}: the SFID named cipher suite {headers["oftp2.cipherSuite"]}");
    }
}
