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

    /// <summary>Ends the token; a token that stops inside a %XX sequence is malformed.</summary>
    public void End()
    {
        if (_pending != 0)
        {
            throw new OtaEnvelopeException("a form value ends inside a %XX escape");
        }
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => throw new OtaEnvelopeException("a form value holds a '%' that is not followed by two hex digits"),
    };
}
