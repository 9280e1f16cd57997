using System.Text;

namespace Connectors.Ota.Protocol.Digest;

/// <summary>
/// Reads and writes the auth-params of a Digest header: <c>name=token</c> or <c>name="quoted string"</c>
/// separated by commas (RFC 7235 section 2.1), names case-insensitive. Line folds, as the reference's
/// example shows them, are plain whitespace here.
/// </summary>
public static class DigestParameters
{
    public const string Scheme = "Digest";

    /// <summary>
    /// The parameters of a header value that starts with the Digest scheme, or of a bare parameter list
    /// (as HttpClient hands a challenge's parameters); null when the text is not well formed or names
    /// another scheme.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var text = header.Trim();
        if (text.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && (text.Length == Scheme.Length || char.IsWhiteSpace(text[Scheme.Length])))
        {
            text = text[Scheme.Length..];
        }

        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var at = 0;
        while (true)
        {
            SkipSeparators(text, ref at);
            if (at >= text.Length)
            {
                return parameters;
            }

            var nameStart = at;
            while (at < text.Length && text[at] != '=' && text[at] != ',' && !char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            var name = text[nameStart..at];
            SkipWhitespace(text, ref at);
            if (name.Length == 0 || at >= text.Length || text[at] != '=')
            {
                return null;
            }

            at++;
            SkipWhitespace(text, ref at);
            var value = at < text.Length && text[at] == '"' ? ReadQuoted(text, ref at) : ReadToken(text, ref at);
            if (value is null || !parameters.TryAdd(name, value))
            {
                return null;
            }
        }
    }

    /// <summary>Writes parameters as <c>name="value"</c>, or bare for <paramref name="bare"/> names (tokens such as nc, qop, algorithm).</summary>
    public static string Format(IEnumerable<KeyValuePair<string, string>> parameters, IReadOnlySet<string> bare)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(name).Append('=');
            if (bare.Contains(name))
            {
                text.Append(value);
            }
            else
            {
                text.Append('"').Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
            }
        }

        return text.ToString();
    }

    private static string? ReadQuoted(string text, ref int at)
    {
        var value = new StringBuilder();
        at++;
        while (at < text.Length)
        {
            var c = text[at++];
            if (c == '"')
            {
                return value.ToString();
            }

            if (c == '\\' && at < text.Length)
            {
                c = text[at++];
            }

            value.Append(c);
        }

        return null;
    }

    private static string? ReadToken(string text, ref int at)
    {
        var start = at;
        while (at < text.Length && text[at] != ',' && !char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at > start ? text[start..at] : null;
    }

    private static void SkipSeparators(string text, ref int at)
    {
        while (at < text.Length && (text[at] == ',' || char.IsWhiteSpace(text[at])))
        {
            at++;
        }
    }

    private static void SkipWhitespace(string text, ref int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
    }
}
