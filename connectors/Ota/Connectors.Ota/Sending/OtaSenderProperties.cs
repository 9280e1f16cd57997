using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Properties;

namespace Connectors.Ota.Sending;

/// <summary>
/// What a flow designer fills in to post a document to an OTA server: the partner, and the envelope
/// fields of the document. An empty field falls back to the message header of the same name
/// (e.g. <c>DOCUMENT_NUMBER</c>), so a flow can set per-document values on the message.
/// </summary>
[ConnectorProperties("OTA Sender", "Posts a document to a partner's Oracle Transport Agent server with guaranteed, exactly-once delivery.")]
public sealed record OtaSenderProperties
{
    [Property("Connection", "Name of the OTA profile of the partner to send to.", Example = "supplier-a")]
    [Required]
    [MinLength(1)]
    public string ConnectionName { get; init; } = string.Empty;

    [Property("Message type", "MESSAGE_TYPE: the kind of content in the payload; XML Gateway always sends XML.")]
    [DefaultValue("XML")]
    public string MessageType { get; init; } = "XML";

    [Property("Message standard", "MESSAGE_STANDARD: the standard the payload follows, e.g. OAG.")]
    [DefaultValue("OAG")]
    public string MessageStandard { get; init; } = "OAG";

    [Property("Transaction type", "TRANSACTION_TYPE: the type of business document, e.g. PO, INVOICE.", Example = "PO")]
    public string? TransactionType { get; init; }

    [Property("Transaction subtype", "TRANSACTION_SUBTYPE: the action on it, e.g. PROCESS, CREATE, CHANGE.", Example = "PROCESS")]
    public string? TransactionSubtype { get; init; }

    [Property("Document number", "DOCUMENT_NUMBER: the business document's own number, shown in the partner's transaction monitor.", Example = "12345")]
    public string? DocumentNumber { get; init; }

    [Property("Party id", "PARTYID: the negotiated id of the receiving company.", Example = "9999")]
    public string? PartyId { get; init; }

    [Property("Party site id", "PARTY_SITE_ID: the negotiated id of the receiving company's site.", Example = "8888")]
    public string? PartySiteId { get; init; }

    [Property("Attribute 1", "ATTRIBUTE1: the id of the sending system (XML Gateway's ECX_OAG_LOGICALID).")]
    public string? Attribute1 { get; init; }

    [Property("Attribute 2", "ATTRIBUTE2: free; not used by XML Gateway.")]
    public string? Attribute2 { get; init; }

    [Property("Attribute 3", "ATTRIBUTE3: the final destination for dynamic routing (the partner's target location code).")]
    public string? Attribute3 { get; init; }

    [Property("Attribute 4", "ATTRIBUTE4: free; not used by XML Gateway.")]
    public string? Attribute4 { get; init; }

    [Property("Attribute 5", "ATTRIBUTE5: free; not used by XML Gateway.")]
    public string? Attribute5 { get; init; }

    [Property("Attachments", "Files sent with the document as MIME parts; only with an ATCH protocol type (OTAH-ATCH, OTAHS-ATCH, HTTP-ATCH, HTTPS-ATCH).")]
    public IReadOnlyList<OtaAttachment> Attachments { get; init; } = [];
}
