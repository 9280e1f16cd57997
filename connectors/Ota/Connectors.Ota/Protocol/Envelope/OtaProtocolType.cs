using System.Runtime.Serialization;

namespace Connectors.Ota.Protocol.Envelope;

/// <summary>
/// How a document travels, as PROTOCOL_TYPE names it. SMTP is not among them: e-mail is not served here.
/// The member values are the wire names, so profiles and schemas show what the envelope carries.
/// </summary>
public enum OtaProtocolType
{
    /// <summary>Straight HTTP post.</summary>
    [EnumMember(Value = "HTTP")]
    Http,

    /// <summary>Straight HTTP post over TLS.</summary>
    [EnumMember(Value = "HTTPS")]
    Https,

    /// <summary>OTA protocol over HTTP: guaranteed, exactly-once delivery.</summary>
    [EnumMember(Value = "HTTP-OXTA")]
    HttpOxta,

    /// <summary>OTA protocol over HTTPS: guaranteed, exactly-once delivery.</summary>
    [EnumMember(Value = "HTTPS-OXTA")]
    HttpsOxta,

    /// <summary>OTA protocol over HTTP with attachments, as a MIME multipart message.</summary>
    [EnumMember(Value = "OTAH-ATCH")]
    OtahAtch,

    /// <summary>OTA protocol over HTTPS with attachments, as a MIME multipart message.</summary>
    [EnumMember(Value = "OTAHS-ATCH")]
    OtahsAtch,

    /// <summary>Straight HTTP post with attachments.</summary>
    [EnumMember(Value = "HTTP-ATCH")]
    HttpAtch,

    /// <summary>Straight HTTP post over TLS with attachments.</summary>
    [EnumMember(Value = "HTTPS-ATCH")]
    HttpsAtch,
}
