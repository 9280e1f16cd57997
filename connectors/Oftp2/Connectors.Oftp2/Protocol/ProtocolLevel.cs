namespace Connectors.Oftp2.Protocol;

/// <summary>
/// SSIDLEV, the protocol release level (RFC 5024 §5.3.2). The lowest level offered by either side is used.
/// Levels above 5 are future releases: they decode, and negotiate down to 5.
/// </summary>
public enum ProtocolLevel
{
    /// <summary>ODETTE-FTP revision 1.2.</summary>
    Revision12 = 1,

    /// <summary>ODETTE-FTP revision 1.3 (RFC 2204, which also sends '1').</summary>
    Revision13 = 2,

    /// <summary>ODETTE-FTP revision 1.4: extended date and time stamps, NERP.</summary>
    Revision14 = 4,

    /// <summary>ODETTE-FTP 2.0 (RFC 5024).</summary>
    Revision20 = 5,
}
