using System.Globalization;
using System.Text;

namespace Connectors.SamplePlugin.Protocol;

/// <summary>
/// The words of the sample protocol. Every command and answer is one UTF-8 line ending in <c>\n</c>;
/// its fields are separated by single spaces, so no field may contain whitespace.
/// <code>
/// client: HELLO &lt;user&gt; &lt;password&gt;      server: OK | DENIED (then closes)
/// client: FILE &lt;name&gt; &lt;length&gt; + bytes  server: STORED &lt;deliveryId&gt; | REFUSED &lt;reason&gt;
/// </code>
/// </summary>
public static class SampleProtocol
{
    public const string Ok = "OK";
    public const string Denied = "DENIED";
    public const string StoredPrefix = "STORED ";
    public const string RefusedPrefix = "REFUSED ";

    private const string HelloPrefix = "HELLO ";
    private const string FilePrefix = "FILE ";

    /// <summary>Whether <paramref name="value"/> can travel as one field: not empty, no whitespace or control character.</summary>
    public static bool IsField(string? value) =>
        !string.IsNullOrEmpty(value) && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    public static string Hello(string user, string password) => HelloPrefix + user + " " + password;

    public static string File(string name, long length) => FilePrefix + name + " " + length.ToString(CultureInfo.InvariantCulture);

    public static string Stored(string deliveryId) => StoredPrefix + deliveryId;

    /// <summary>A refusal; the reason is folded onto one line since a line break would end the answer.</summary>
    public static string Refused(string reason) =>
        RefusedPrefix + string.Join(' ', reason.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static bool TryParseHello(string line, out string user, out string password)
    {
        user = password = string.Empty;
        var fields = FieldsAfter(line, HelloPrefix);
        if (fields is not [var u, var p])
        {
            return false;
        }

        (user, password) = (u, p);
        return true;
    }

    public static bool TryParseFile(string line, out string name, out long length)
    {
        name = string.Empty;
        length = 0;
        if (FieldsAfter(line, FilePrefix) is not [var n, var l]
            || !long.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out length))
        {
            return false;
        }

        name = n;
        return true;
    }

    /// <summary>The line's bytes on the wire, with its terminating <c>\n</c>.</summary>
    public static byte[] Encode(string line) => Encoding.UTF8.GetBytes(line + "\n");

    private static string[]? FieldsAfter(string line, string prefix) =>
        line.StartsWith(prefix, StringComparison.Ordinal) ? line[prefix.Length..].Split(' ') : null;
}
