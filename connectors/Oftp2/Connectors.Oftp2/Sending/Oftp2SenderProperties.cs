using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Properties;

namespace Connectors.Oftp2.Sending;

/// <summary>What a flow designer fills in to send a file to an OFTP2 partner.</summary>
[ConnectorProperties("OFTP2 sender", "Sends a file to an OFTP2 partner and reports its end-to-end response (EERP or NERP).")]
public sealed record Oftp2SenderProperties
{
    [Property("OFTP2 connection name", "The partner's connection profile in the operations store.", Example = "partner-a")]
    [Required]
    public string ConnectionName { get; init; } = string.Empty;

    [Property("Host", "Overrides the profile's host for this flow; leave empty to use the profile's.")]
    public string? Host { get; init; }

    [Property("Port", "Overrides the profile's port for this flow (3305 plain, 6619 TLS); leave empty to use the profile's.")]
    [Range(1, 65535)]
    public int? Port { get; init; }

    [Property("File name", "The virtual file name (SFIDDSN) the partner receives: up to 26 upper-case letters, digits and . - / & ( ) or space; taken from the message when empty.", Example = "INVOIC.D96A")]
    [RegularExpression("^[A-Z0-9 ./\\-&()]{1,26}$")]
    public string? FileName { get; init; }

    [Property("Encoding", "Character encoding the partner expects for a text (T) file: the content is transcoded to it. Ignored for U, F and V files, which are sent as they are.")]
    [DefaultValue(Oftp2TextEncoding.Utf8)]
    public Oftp2TextEncoding Encoding { get; init; } = Oftp2TextEncoding.Utf8;

    [Property("Source encoding", "Character encoding of the message's text content, used when the message does not say; transcoded to 'encoding' for T files.")]
    [DefaultValue(Oftp2TextEncoding.Utf8)]
    public Oftp2TextEncoding SourceEncoding { get; init; } = Oftp2TextEncoding.Utf8;

    [Property("File description", "SFIDDESC: free text the partner sees with the file (up to 999 characters).")]
    [StringLength(999)]
    public string? FileDescription { get; init; }

    [Property("Record format", "The virtual file format: U unstructured (binary), T text, F fixed-length records, V variable-length records.")]
    [DefaultValue(Oftp2RecordFormat.U)]
    public Oftp2RecordFormat RecordFormat { get; init; } = Oftp2RecordFormat.U;

    [Property("Record length", "SFIDLRECL: the record length of F files and the longest record of V (and T) files, in octets; 0 for U.")]
    [Range(0, 99999)]
    [DefaultValue(0)]
    public int RecordLength { get; init; }
}

/// <summary>The virtual file formats of RFC 5024 section 1.5.3.</summary>
public enum Oftp2RecordFormat
{
    U,
    T,
    F,
    V,
}

/// <summary>Text encodings partners commonly agree on, EBCDIC code pages included.</summary>
public enum Oftp2TextEncoding
{
    Utf8,
    Iso88591,
    Windows1252,
    Ascii,

    /// <summary>EBCDIC US/Canada (code page 37).</summary>
    Ebcdic037,

    /// <summary>EBCDIC Germany/Austria (code page 273).</summary>
    Ebcdic273,

    /// <summary>EBCDIC International (code page 500).</summary>
    Ebcdic500,

    /// <summary>EBCDIC Germany/Austria with euro (code page 1141).</summary>
    Ebcdic1141,
}
