using System.Globalization;
using System.Text;
using Connectors.Ota.Protocol.Status;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Connectors.Ota.Receiving;

/// <summary>Writes an answer: the STATUS_CODE, STATUS_DESCRIPTION and MESSAGE_RECEIPT_ID headers, and the informational HTML.</summary>
internal static class OtaResponseWriter
{
    public static async Task WriteAsync(HttpResponse response, OtaAnswer answer, CancellationToken cancellationToken)
    {
        response.StatusCode = answer.HttpStatus;
        response.Headers[OtaResponseHeaders.StatusCode] = answer.Status.Code.ToString(CultureInfo.InvariantCulture);
        response.Headers[OtaResponseHeaders.StatusDescription] = HeaderSafe(answer.Description);
        if (answer.ReceiptId is not null)
        {
            response.Headers[OtaResponseHeaders.MessageReceiptId] = answer.ReceiptId;
        }

        if (answer.Challenges.Count > 0)
        {
            response.Headers[HeaderNames.WWWAuthenticate] = answer.Challenges.ToArray();
        }

        if (answer.HttpStatus == StatusCodes.Status405MethodNotAllowed)
        {
            response.Headers[HeaderNames.Allow] = HttpMethods.Post;
        }

        var html = Encoding.UTF8.GetBytes(OtaResponseBody.Html(answer.Status.Code, answer.Description, answer.ReceiptId));
        response.ContentType = OtaResponseBody.ContentType;
        response.ContentLength = html.Length;
        await response.Body.WriteAsync(html, cancellationToken).ConfigureAwait(false);
    }

    // A header value may hold neither line breaks nor anything beyond ASCII.
    private static string HeaderSafe(string text) =>
        new(text.Select(c => c is >= ' ' and < (char)127 ? c : ' ').ToArray());
}
