namespace Connectors.Mft.Profiles;

/// <summary>How an FTP endpoint protects its connections.</summary>
public enum FtpSecurity
{
    /// <summary>Plain FTP: user, password and files cross the network readable by anyone on the path.</summary>
    None,

    /// <summary>Explicit FTPS: the session starts plain on the FTP port and switches to TLS (AUTH TLS) before logging in.</summary>
    Explicit,

    /// <summary>Implicit FTPS: TLS from the first byte, usually on port 990.</summary>
    Implicit,
}
