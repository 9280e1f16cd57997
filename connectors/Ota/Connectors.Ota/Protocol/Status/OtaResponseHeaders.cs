namespace Connectors.Ota.Protocol.Status;

/// <summary>The HTTP response headers that carry the receiver's verdict; the body is for people only.</summary>
public static class OtaResponseHeaders
{
    public const string StatusCode = "STATUS_CODE";
    public const string StatusDescription = "STATUS_DESCRIPTION";
    public const string MessageReceiptId = "MESSAGE_RECEIPT_ID";
}
