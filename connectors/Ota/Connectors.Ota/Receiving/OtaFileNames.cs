using System.Text;

namespace Connectors.Ota.Receiving;

/// <summary>
/// File names for what the flow stores, built from MESSAGE_ID and the attachment's own name: only
/// letters, digits, <c>.</c>, <c>_</c> and <c>-</c> survive, so a partner's id can never name a path.
/// </summary>
internal static class OtaFileNames
{
    private const int LongestPart = 100;

    /// <summary>The payload's file name: the message id, with an extension after MESSAGE_TYPE (<c>.xml</c> for XML).</summary>
    public static string Payload(string messageId, string? messageType)
    {
        var extension = Safe(messageType ?? "dat").ToLowerInvariant();
        return $"{Safe(messageId)}.{(extension.Length == 0 ? "dat" : extension)}";
    }

    /// <summary>An attachment's file name: the message id, then its own name (or content id).</summary>
    public static string Attachment(string messageId, int index, string? fileName, string contentId) =>
        $"{Safe(messageId)}-{index}-{Safe(fileName ?? contentId)}";

    private static string Safe(string text)
    {
        var safe = new StringBuilder(Math.Min(text.Length, LongestPart));
        foreach (var c in text)
        {
            if (safe.Length == LongestPart)
            {
                break;
            }

            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        }

        var trimmed = safe.ToString().TrimStart('.');
        return trimmed.Length == 0 ? "message" : trimmed;
    }
}
