using System.Text;

namespace Connectors.Oftp2.Sending;

/// <summary>The .NET encodings behind <see cref="Oftp2TextEncoding"/>; EBCDIC and Windows code pages come from the code pages provider.</summary>
internal static class TextEncodings
{
    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Of(Oftp2TextEncoding encoding) => encoding switch
    {
        // Without a byte order mark: a partner's EDI parser would read it as content.
        Oftp2TextEncoding.Utf8 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
        Oftp2TextEncoding.Iso88591 => Strict(28591),
        Oftp2TextEncoding.Windows1252 => Strict(1252),
        Oftp2TextEncoding.Ascii => Strict(20127),
        Oftp2TextEncoding.Ebcdic037 => Strict(37),
        Oftp2TextEncoding.Ebcdic273 => Strict(20273),
        Oftp2TextEncoding.Ebcdic500 => Strict(500),
        Oftp2TextEncoding.Ebcdic1141 => Strict(1141),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "unknown text encoding"),
    };

    /// <summary>The encoding a message header names (<c>UTF-8</c>, <c>ISO-8859-1</c>, <c>IBM273</c> ...), or null when unknown.</summary>
    public static Encoding? Named(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // A character the partner's code page cannot hold must fail the send, not turn into '?'.
    private static Encoding Strict(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
