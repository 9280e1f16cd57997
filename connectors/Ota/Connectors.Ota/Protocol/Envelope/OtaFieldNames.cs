namespace Connectors.Ota.Protocol.Envelope;

/// <summary>The names of the envelope's name/value pairs, in the order the reference's example posts them.</summary>
public static class OtaFieldNames
{
    public const string TransportProtocol = "TRANSPORT_PROTOCOL";
    public const string TransportProtocolVersion = "TRANSPORT_PROTOCOL_VERSION";
    public const string RequestType = "REQUEST_TYPE";
    public const string MessageId = "MESSAGE_ID";
    public const string MessageType = "MESSAGE_TYPE";
    public const string MessageStandard = "MESSAGE_STANDARD";
    public const string TransactionType = "TRANSACTION_TYPE";
    public const string TransactionSubtype = "TRANSACTION_SUBTYPE";
    public const string DocumentNumber = "DOCUMENT_NUMBER";
    public const string PartyId = "PARTYID";
    public const string PartySiteId = "PARTY_SITE_ID";
    public const string ProtocolType = "PROTOCOL_TYPE";
    public const string ProtocolAddress = "PROTOCOL_ADDRESS";
    public const string Username = "USERNAME";
    public const string Password = "PASSWORD";
    public const string Attribute1 = "ATTRIBUTE1";
    public const string Attribute2 = "ATTRIBUTE2";
    public const string Attribute3 = "ATTRIBUTE3";
    public const string Attribute4 = "ATTRIBUTE4";
    public const string Attribute5 = "ATTRIBUTE5";
    public const string Payload = "PAYLOAD";

    /// <summary>Every field but <see cref="Payload"/>, in the order a sender writes them; the payload always comes last.</summary>
    public static IReadOnlyList<string> InOrder { get; } =
    [
        TransportProtocol, TransportProtocolVersion, RequestType, MessageId, MessageType, MessageStandard,
        TransactionType, TransactionSubtype, DocumentNumber, PartyId, PartySiteId, ProtocolType, ProtocolAddress,
        Username, Password, Attribute1, Attribute2, Attribute3, Attribute4, Attribute5,
    ];
}
