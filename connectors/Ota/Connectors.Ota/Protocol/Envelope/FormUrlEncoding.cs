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

    // Per byte value: how many bytes it takes encoded, and those bytes. Tables rather than tests keep the
    // loops free of branches the processor cannot predict, which binary payloads are full of.
    private static readonly byte[] EncodedSizes = BuildSizes();
    private static readonly byte[] EncodedBytes = BuildEncodings();

    /// <summary>How many bytes <paramref name="source"/> takes once encoded.</summary>
    public static long EncodedLength(ReadOnlySpan<byte> source)
    {
        var sizes = EncodedSizes;
        long length = 0;
        foreach (var b in source)
        {
            length += sizes[b];
        }

        return length;
    }

    /// <summary>Encodes <paramref name="source"/> into <paramref name="destination"/>, which holds its encoded length (at most three times as many bytes); returns the bytes written.</summary>
    public static int Encode(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var sizes = EncodedSizes;
        var encodings = EncodedBytes;
        var written = 0;
        foreach (var b in source)
        {
            var encoding = b * 3;
            if (sizes[b] == 1)
            {
                destination[written++] = encodings[encoding];
            }
            else
            {
                destination[written] = encodings[encoding];
                destination[written + 1] = encodings[encoding + 1];
                destination[written + 2] = encodings[encoding + 2];
                written += 3;
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

    private static byte[] BuildSizes()
    {
        var sizes = new byte[256];
        for (var b = 0; b < 256; b++)
        {
            sizes[b] = (byte)(IsUnreserved((byte)b) || b == ' ' ? 1 : 3);
        }

        return sizes;
    }

    private static byte[] BuildEncodings()
    {
        var encodings = new byte[256 * 3];
        for (var b = 0; b < 256; b++)
        {
            var at = b * 3;
            if (IsUnreserved((byte)b))
            {
                encodings[at] = (byte)b;
            }
            else if (b == ' ')
            {
                encodings[at] = (byte)'+';
            }
            else
            {
                encodings[at] = (byte)'%';
                encodings[at + 1] = HexDigits[b >> 4];
                encodings[at + 2] = HexDigits[b & 0xF];
            }
        }

        return encodings;
    }
}
