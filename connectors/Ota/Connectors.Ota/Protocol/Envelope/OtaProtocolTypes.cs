using System.Collections.Frozen;

namespace Connectors.Ota.Protocol.Envelope;

/// <summary>What each protocol type implies: its wire name, TLS, guaranteed delivery, and attachments.</summary>
public static class OtaProtocolTypes
{
    private static readonly FrozenDictionary<OtaProtocolType, string> Names = new Dictionary<OtaProtocolType, string>
    {
        [OtaProtocolType.Http] = "HTTP",
        [OtaProtocolType.Https] = "HTTPS",
        [OtaProtocolType.HttpOxta] = "HTTP-OXTA",
        [OtaProtocolType.HttpsOxta] = "HTTPS-OXTA",
        [OtaProtocolType.OtahAtch] = "OTAH-ATCH",
        [OtaProtocolType.OtahsAtch] = "OTAHS-ATCH",
        [OtaProtocolType.HttpAtch] = "HTTP-ATCH",
        [OtaProtocolType.HttpsAtch] = "HTTPS-ATCH",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, OtaProtocolType> ByName =
        Names.ToFrozenDictionary(n => n.Value, n => n.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The PROTOCOL_TYPE value, e.g. <c>HTTPS-OXTA</c>.</summary>
    public static string WireName(this OtaProtocolType type) =>
        Names.TryGetValue(type, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(type), type, "not a protocol type");

    /// <summary>Reads a PROTOCOL_TYPE value; false for one this implementation does not speak (SMTP, a typo).</summary>
    public static bool TryParse(string? wireName, out OtaProtocolType type) =>
        ByName.TryGetValue(wireName?.Trim() ?? string.Empty, out type);

    /// <summary>True when the type travels over TLS, so its address must be an https URL.</summary>
    public static bool IsSecure(this OtaProtocolType type) =>
        type is OtaProtocolType.Https or OtaProtocolType.HttpsOxta or OtaProtocolType.OtahsAtch or OtaProtocolType.HttpsAtch;

    /// <summary>
    /// True for the OTA protocol proper (OXTA and OTA attachments): the receiver is an OTA server, and
    /// only HTTP 200 with STATUS_CODE 1000 counts as delivered.
    /// </summary>
    public static bool IsGuaranteed(this OtaProtocolType type) =>
        type is OtaProtocolType.HttpOxta or OtaProtocolType.HttpsOxta or OtaProtocolType.OtahAtch or OtaProtocolType.OtahsAtch;

    /// <summary>True when the post is a MIME multipart message that may carry attachments.</summary>
    public static bool CarriesAttachments(this OtaProtocolType type) =>
        type is OtaProtocolType.OtahAtch or OtaProtocolType.OtahsAtch or OtaProtocolType.HttpAtch or OtaProtocolType.HttpsAtch;
}
