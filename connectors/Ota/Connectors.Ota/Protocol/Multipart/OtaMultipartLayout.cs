namespace Connectors.Ota.Protocol.Multipart;

/// <summary>
/// The MIME layout of a post with attachments (OTAH-ATCH and the other ATCH types). Oracle does not
/// publish its own, so this one follows RFC 2387: <c>multipart/related</c>, the envelope first.
/// <list type="number">
/// <item>the envelope: <c>Content-Type: application/x-www-form-urlencoded</c>, <c>Content-ID: &lt;envelope&gt;</c>, every field but PAYLOAD;</item>
/// <item>the payload: its own content type, <c>Content-ID: &lt;payload&gt;</c>, <c>Content-Length</c>;</item>
/// <item>each attachment: its content type, <c>Content-ID</c>, <c>Content-Disposition: attachment; filename="…"</c>, <c>Content-Length</c>.</item>
/// </list>
/// A reader also takes PAYLOAD inside the envelope part; then every part after the envelope is an attachment.
/// </summary>
public static class OtaMultipartLayout
{
    public const string MediaSubtype = "related";
    public const string EnvelopeContentId = "envelope";
    public const string PayloadContentId = "payload";
    public const string DefaultContentType = "application/octet-stream";

    /// <summary>The content type of a payload of MESSAGE_TYPE <paramref name="messageType"/>.</summary>
    public static string PayloadContentType(string? messageType) =>
        string.Equals(messageType, "XML", StringComparison.OrdinalIgnoreCase) ? "application/xml" : DefaultContentType;
}
