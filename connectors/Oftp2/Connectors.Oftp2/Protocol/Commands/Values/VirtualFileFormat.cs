namespace Connectors.Oftp2.Protocol.Commands.Values;

/// <summary>SFIDFMT, the record format of a virtual file (RFC 5024 §1.5.3, §5.3.3). Values are the wire characters.</summary>
public enum VirtualFileFormat
{
    /// <summary>F: every record has the length SFIDLRECL.</summary>
    Fixed = 'F',

    /// <summary>V: records of any length up to SFIDLRECL.</summary>
    Variable = 'V',

    /// <summary>U: a stream of octets without structure.</summary>
    Unstructured = 'U',

    /// <summary>T: text, lines delimited by CR LF.</summary>
    Text = 'T',
}
