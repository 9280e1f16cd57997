namespace Connectors.Ota.Protocol.Envelope;

/// <summary>
/// Decodes one form-encoded name or value a byte at a time, so a value can be decoded as it streams in:
/// <c>+</c> is a space, <c>%XX</c> one byte, anything else itself. A <c>%</c> not followed by two hex
/// digits is refused rather than guessed at.
/// </summary>
internal struct FormByteDecoder
{
    private int _pending;
    private int _high;

    /// <summary>The decoded byte, or -1 while inside a %XX sequence.</summary>
    public int Push(byte b)
    {
        switch (_pending)
        {
            case 0 when b == (byte)'%':
                _pending = 1;
                return -1;
            case 0:
                return b == (byte)'+' ? ' ' : b;
            case 1:
                _high = HexValue(b);
                _pending = 2;
                return -1;
            default:
                _pending = 0;
                return (_high << 4) | HexValue(b);
        }
    }

    /// <summary>
    /// Decodes <paramref name="source"/> into <paramref name="destination"/> up to the first <c>&amp;</c>
    /// (which ends a value and is left for the caller), the end of the source, or a full destination.
    /// Returns the source bytes consumed; <paramref name="written"/> is the bytes decoded. The same as
    /// <see cref="Push"/> byte after byte, only without a call per byte, for a payload of any size.
    /// </summary>
    public int DecodeRun(ReadOnlySpan<byte> source, Span<byte> destination, out int written)
    {
        var hex = HexValues;
        var i = 0;
        written = 0;
        while (i < source.Length && written < destination.Length)
        {
            var b = source[i];
            if (b == (byte)'&' && _pending == 0)
            {
                break;
            }

            if (_pending == 0 && b == (byte)'%' && i + 2 < source.Length)
            {
                var high = hex[source[i + 1]];
                var low = hex[source[i + 2]];
                if (high < 0 || low < 0)
                {
                    throw NotHex();
                }

                destination[written++] = (byte)((high << 4) + low);
                i += 3;
                continue;
            }

            // An escape split across reads, or a plain byte: the byte-wise path keeps the state.
            i++;
            if (Push(b) is var decoded and >= 0)
            {
                destination[written++] = (byte)decoded;
            }
        }

        return i;
    }

    /// <summary>Ends the token; a token that stops inside a %XX sequence is malformed.</summary>
    public void End()
    {
        if (_pending != 0)
        {
            throw new OtaEnvelopeException("a form value ends inside a %XX escape");
        }
    }

    // -1 for a byte that is no hex digit.
    private static readonly sbyte[] HexValues = BuildHexValues();

    private static int HexValue(byte b) => HexValues[b] is var value and >= 0 ? value : throw NotHex();

    private static OtaEnvelopeException NotHex() => new("a form value holds a '%' that is not followed by two hex digits");

    private static sbyte[] BuildHexValues()
    {
        var values = new sbyte[256];
        Array.Fill(values, (sbyte)-1);
        for (var digit = 0; digit < 10; digit++)
        {
            values['0' + digit] = (sbyte)digit;
        }

        for (var letter = 0; letter < 6; letter++)
        {
            values['a' + letter] = (sbyte)(10 + letter);
            values['A' + letter] = (sbyte)(10 + letter);
        }

        return values;
    }
}
