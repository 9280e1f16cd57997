using System.Text;
using Connectors.Ota.Protocol.Envelope;

namespace Connectors.Ota.Tests.Protocol;

public sealed class When_the_reference_example_body_is_read
{
    /// <summary>The HTTP body of the reference's example post, indentation and all.</summary>
    public const string Body =
        "TRANSPORT_PROTOCOL=OXTA\n" +
        " TRANSPORT_PROTOCOL_VERSION=1.0\n" +
        "REQUEST_TYPE=SEND\n" +
        "MESSAGE_ID=A1234567890ZZ0987654321\n" +
        "MESSAGE_TYPE=XML\n" +
        "MESSAGE_STANDARD=OAG\n" +
        " TRANSACTION_TYPE=PO\n" +
        "TRANSACTION_SUBTYPE=PROCESS\n" +
        " DOCUMENT_NUMBER=12345\n" +
        " PARTYID=9999\n" +
        "PARTY_SITE_ID=8888\n" +
        " PROTOCOL_TYPE=HTTPS-OXTA\n" +
        " PROTOCOL_ADDRESS=HTTPS://www.me.com/servlets/oracle.ecx.oxta. transportAgentServer\n" +
        "USERNAME=myusername\n" +
        "PASSWORD=myloginpassword\n" +
        " ATTRIBUTE1=\n" +
        " ATTRIBUTE2=\n" +
        " ATTRIBUTE3=\n" +
        " ATTRIBUTE4=\n" +
        " ATTRIBUTE5=\n" +
        " PAYLOAD=<xml   ... ...> ";

    [Fact]
    public async Task Every_field_is_read_despite_the_indentation()
    {
        var (read, _) = await ReadAsync();
        var envelope = read.Envelope;

        Assert.True(envelope.TransportProtocol == "OXTA", $"TRANSPORT_PROTOCOL read as '{envelope.TransportProtocol}'");
        Assert.True(envelope.TransportProtocolVersion == "1.0", $"TRANSPORT_PROTOCOL_VERSION read as '{envelope.TransportProtocolVersion}'");
        Assert.True(envelope.MessageId == "A1234567890ZZ0987654321", $"MESSAGE_ID read as '{envelope.MessageId}'");
        Assert.True(envelope[OtaFieldNames.TransactionType] == "PO", $"TRANSACTION_TYPE read as '{envelope[OtaFieldNames.TransactionType]}'");
        Assert.True(envelope[OtaFieldNames.PartySiteId] == "8888", $"PARTY_SITE_ID read as '{envelope[OtaFieldNames.PartySiteId]}'");
        Assert.True(envelope[OtaFieldNames.ProtocolAddress] == "HTTPS://www.me.com/servlets/oracle.ecx.oxta. transportAgentServer", $"PROTOCOL_ADDRESS read as '{envelope[OtaFieldNames.ProtocolAddress]}'");
        Assert.True(envelope.Username == "myusername", $"USERNAME read as '{envelope.Username}'");
        Assert.True(envelope[OtaFieldNames.Attribute1] == string.Empty, $"an empty ATTRIBUTE1 should read as empty, not '{envelope[OtaFieldNames.Attribute1]}'");
        Assert.True(envelope.Fields.Count == 20, $"the example has 20 fields besides PAYLOAD, {envelope.Fields.Count} were read");
    }

    [Fact]
    public async Task The_payload_is_the_rest_of_the_body_as_it_is()
    {
        var (read, payload) = await ReadAsync();

        Assert.True(read.HasPayload, "the PAYLOAD line was not recognised");
        Assert.True(payload == "<xml   ... ...> ", $"the payload read as '{payload}', not the rest of the body after PAYLOAD=");
    }

    [Fact]
    public async Task A_line_without_a_name_is_refused()
    {
        var body = new MemoryStream("TRANSPORT_PROTOCOL=OXTA\nHTTP Body\nPAYLOAD=x"u8.ToArray());

        var failure = await Record.ExceptionAsync(() => OtaEnvelopeReader.ReadLinesAsync(body, Stream.Null, OtaEnvelopeLimits.Default, CancellationToken.None));

        Assert.True(failure is OtaEnvelopeException, $"a line that is not NAME=value should be refused, not {failure?.GetType().Name ?? "accepted"}");
    }

    private static async Task<(OtaEnvelopeRead Read, string Payload)> ReadAsync()
    {
        var target = new MemoryStream();
        var read = await OtaEnvelopeReader.ReadLinesAsync(new MemoryStream(Encoding.UTF8.GetBytes(Body)), target, OtaEnvelopeLimits.Default, CancellationToken.None);
        return (read, Encoding.UTF8.GetString(target.ToArray()));
    }
}
