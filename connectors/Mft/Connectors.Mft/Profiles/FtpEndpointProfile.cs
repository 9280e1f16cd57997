using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;

namespace Connectors.Mft.Profiles;

/// <summary>A folder on an FTP server, plain or over TLS (FTPS); <see cref="EndpointProfile.Root"/> is the folder.</summary>
[ProfileType("mft-ftp")]
[ConnectorProperties("FTP or FTPS server", "A folder on an FTP server, plain or protected by TLS (FTPS), that files come from or go to.")]
public sealed record FtpEndpointProfile : EndpointProfile, INetworkProfile
{
    [Property("Host", "Name or address of the FTP server.", Example = "ftp.partner.example")]
    [Required]
    public string Host { get; init; } = string.Empty;

    [Property("Port", "TCP port of the FTP server: 21 for plain FTP and explicit FTPS, usually 990 for implicit FTPS.")]
    [Range(1, 65535)]
    [DefaultValue(21)]
    public int Port { get; init; } = 21;

    [Property("User", "The account to log in with.")]
    [Required]
    public string User { get; init; } = string.Empty;

    [Property("Password", "Password of that account: a value, env:NAME or file:PATH.")]
    [Required]
    public SecretValue Password { get; init; } = SecretValue.From(string.Empty);

    [Property("Security", "None (plain FTP, readable on the network), Explicit (FTPS: AUTH TLS on the FTP port) or Implicit (FTPS: TLS from the start). TLS is 1.2 or later, and the server's certificate is always validated.")]
    [DefaultValue(FtpSecurity.Explicit)]
    public FtpSecurity Security { get; init; } = FtpSecurity.Explicit;

    [Property("Trusted certificates", "Certificates (PEM) that may vouch for the server's TLS certificate — the server's own or its issuer's — as PEM text or the path of a PEM file. Empty: the system's trusted authorities.")]
    public string? TrustedCertificates { get; init; }

    [Property("Allow TLS 1.3", "Offer TLS 1.3 as well as 1.2. Off by default: many FTPS servers (vsftpd with OpenSSL 3 among them) lose the end of uploads over TLS 1.3 data connections and answer 426.")]
    [DefaultValue(false)]
    public bool AllowTls13 { get; init; }

    [Property("Passive mode", "Open data connections from our side (PASV/EPSV), which passes firewalls and NAT; off: the server connects back to us (PORT).")]
    [DefaultValue(true)]
    public bool PassiveMode { get; init; } = true;

    [Property("Network", "Timeouts and retries.")]
    public NetworkSettings Network { get; init; } = new();
}
