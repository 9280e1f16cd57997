using System.Text;

namespace Connectors.Ota.Protocol.Envelope;

/// <summary>
/// application/x-www-form-urlencoded at the byte level, as the WHATWG URL standard writes it: letters,
/// digits and <c>*-._</c> stay, a space becomes <c>+</c>, every other byte <c>%XX</c>.
/// </summary>
public static class FormUrlEncoding
{
    public const string MediaType = "application/x-www-form-urlencoded";

    private static ReadOnlySpan<byte> HexDigits => "0123456789ABCDEF"u8;

    /// <summary>True when <paramref name="b"/> is written as itself.</summary>
    public static bool IsUnreserved(byte b) =>
        b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'*' or (byte)'-' or (byte)'.' or (byte)'_';

    /// <summary>How many bytes <paramref name="source"/> takes once encoded.</summary>
    public static long EncodedLength(ReadOnlySpan<byte> source)
    {
        long length = 0;
        foreach (var b in source)
        {
            length += IsUnreserved(b) || b == (byte)' ' ? 1 : 3;
        }

        return length;
    }

    /// <summary>Encodes <paramref name="source"/> into <paramref name="destination"/>, which holds at least three times as many bytes; returns the bytes written.</summary>
    public static int Encode(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var written = 0;
        foreach (var b in source)
        {
            if (IsUnreserved(b))
            {
                destination[written++] = b;
            }
            else if (b == (byte)' ')
            {
                destination[written++] = (byte)'+';
            }
            else
            {
                destination[written++] = (byte)'%';
                destination[written++] = HexDigits[b >> 4];
                destination[written++] = HexDigits[b & 0xF];
            }
        }

        return written;
    }

    /// <summary>The encoded form of <paramref name="text"/> in UTF-8.</summary>
    public static byte[] Encode(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var encoded = new byte[EncodedLength(bytes)];
        Encode(bytes, encoded);
        return encoded;
    }
}
