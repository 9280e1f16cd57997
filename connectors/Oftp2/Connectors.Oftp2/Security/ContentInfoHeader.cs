using Org.BouncyCastle.Asn1;

namespace Connectors.Oftp2.Security;

/// <summary>
/// Looks at the start of a CMS ContentInfo to learn its content type without consuming it. Each file service layer
/// holds the next one as a complete ContentInfo whose outer eContentType is id-data (RFC 5024 §6.1), so the content
/// type inside is only known by reading it.
/// </summary>
internal static class ContentInfoHeader
{
    private const byte SequenceTag = 0x30;
    private const byte ObjectIdentifierTag = 0x06;
    private const byte IndefiniteLength = 0x80;
    private const int MaximumLengthOctets = 4;
    private const int MaximumObjectIdentifierLength = 32;

    /// <summary>
    /// The content type of the ContentInfo at the start of <paramref name="source"/>, or null when it does not start
    /// with one; and a stream that reads <paramref name="source"/> from its start again.
    /// </summary>
    public static (string? ContentType, Stream Content) Peek(Stream source)
    {
        var header = new byte[2 + MaximumLengthOctets + 2 + MaximumObjectIdentifierLength];
        var filled = 0;
        var contentType = TryReadContentType(source, header, ref filled);
        return (contentType, new PrefixedStream(header.AsMemory(0, filled), source));
    }

    private static string? TryReadContentType(Stream source, byte[] header, ref int filled)
    {
        // ContentInfo ::= SEQUENCE { contentType OBJECT IDENTIFIER, content [0] EXPLICIT ANY } (RFC 5652 §3),
        // in BER: the SEQUENCE may have an indefinite length.
        if (!ReadInto(source, header, ref filled, 2) || header[0] != SequenceTag)
        {
            return null;
        }

        var lengthOctet = header[1];
        if (lengthOctet > IndefiniteLength)
        {
            var lengthOctets = lengthOctet & 0x7F;
            if (lengthOctets > MaximumLengthOctets || !ReadInto(source, header, ref filled, lengthOctets))
            {
                return null;
            }
        }

        var identifierStart = filled;
        if (!ReadInto(source, header, ref filled, 2) || header[identifierStart] != ObjectIdentifierTag)
        {
            return null;
        }

        var identifierLength = header[identifierStart + 1];
        if (identifierLength is 0 or > MaximumObjectIdentifierLength || !ReadInto(source, header, ref filled, identifierLength))
        {
            return null;
        }

        try
        {
            var encoded = header.AsSpan(identifierStart, filled - identifierStart).ToArray();
            return DerObjectIdentifier.GetInstance(Asn1Object.FromByteArray(encoded)).Id;
        }
        catch (Exception e) when (e is IOException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    private static bool ReadInto(Stream source, byte[] header, ref int filled, int count)
    {
        var wanted = filled + count;
        while (filled < wanted)
        {
            var read = source.Read(header, filled, wanted - filled);
            if (read == 0)
            {
                return false;
            }

            filled += read;
        }

        return true;
    }
}
