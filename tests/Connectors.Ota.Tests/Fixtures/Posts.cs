using System.Text;
using Connectors.Ota.Protocol.Envelope;

namespace Connectors.Ota.Tests.Fixtures;

/// <summary>Form-encoded OTA posts for the receiver's tests, each field changeable.</summary>
public static class Posts
{
    public const string FormType = "application/x-www-form-urlencoded";

    /// <summary>A complete, valid SEND of the test account, as an OTA server would post it.</summary>
    public static Dictionary<string, string> ValidSend(string messageId = "A1234567890ZZ0987654321") => new(StringComparer.Ordinal)
    {
        [OtaFieldNames.TransportProtocol] = "OXTA",
        [OtaFieldNames.TransportProtocolVersion] = "1.0",
        [OtaFieldNames.RequestType] = "SEND",
        [OtaFieldNames.MessageId] = messageId,
        [OtaFieldNames.MessageType] = "XML",
        [OtaFieldNames.MessageStandard] = "OAG",
        [OtaFieldNames.TransactionType] = "PO",
        [OtaFieldNames.TransactionSubtype] = "PROCESS",
        [OtaFieldNames.DocumentNumber] = "12345",
        [OtaFieldNames.PartyId] = "9999",
        [OtaFieldNames.PartySiteId] = "8888",
        [OtaFieldNames.ProtocolType] = "HTTP-OXTA",
        [OtaFieldNames.Username] = TestAccounts.Username,
        [OtaFieldNames.Password] = TestAccounts.Password,
        [OtaFieldNames.Payload] = "<PO><NUMBER>12345</NUMBER></PO>",
    };

    /// <summary>The fields form-encoded in the order given.</summary>
    public static byte[] Encode(IReadOnlyDictionary<string, string> fields) =>
        Encoding.ASCII.GetBytes(string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value))));

    /// <summary>A valid SEND with one field changed, or removed when <paramref name="value"/> is null.</summary>
    public static byte[] ValidSendWith(string name, string? value)
    {
        var fields = ValidSend();
        if (value is null)
        {
            fields.Remove(name);
        }
        else
        {
            fields[name] = value;
        }

        return Encode(fields);
    }
}
