using System.Globalization;
using System.Net;
using System.Text;

namespace Connectors.Ota.Protocol.Status;

/// <summary>
/// The informational HTML of a response, shaped like the reference's example. Senders never read it;
/// a person looking at the exchange does.
/// </summary>
public static class OtaResponseBody
{
    public const string ContentType = "text/html; charset=utf-8";

    public static string Html(int statusCode, string description, string? receiptId)
    {
        var html = new StringBuilder("<HTML><BODY><TABLE>");
        Row(html, "Status Code", statusCode.ToString(CultureInfo.InvariantCulture));
        Row(html, "Status Description", description);
        if (receiptId is not null)
        {
            Row(html, "Message Receipt ID", receiptId);
        }

        return html.Append("</TABLE></BODY></HTML>").ToString();
    }

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<TR><TD>").Append(label).Append("</TD><TD>").Append(WebUtility.HtmlEncode(value)).Append("</TD></TR>");
}
