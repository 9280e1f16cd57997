using System.Globalization;
using System.Text;

namespace Connectors.Oftp2.Tests.Protocol.Support;

/// <summary>Reads the Python string literals decoded.txt prints, such as <c>'ODETTE FTP READY '</c> or <c>'\r'</c>.</summary>
public static class PythonLiteral
{
    public static string Unquote(string literal)
    {
        if (literal.Length < 2 || literal[0] is not ('\'' or '"') || literal[^1] != literal[0])
        {
            throw new FormatException($"not a Python string literal: {literal}");
        }

        var body = literal[1..^1];
        var text = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\')
            {
                text.Append(body[i]);
                continue;
            }

            var escape = body[++i];
            switch (escape)
            {
                case 'r': text.Append('\r'); break;
                case 'n': text.Append('\n'); break;
                case 't': text.Append('\t'); break;
                case 'x':
                    text.Append((char)int.Parse(body.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                default: text.Append(escape); break;
            }
        }

        return text.ToString();
    }
}
