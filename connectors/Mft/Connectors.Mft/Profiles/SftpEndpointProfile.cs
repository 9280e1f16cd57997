using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;

namespace Connectors.Mft.Profiles;

/// <summary>
/// A folder on an SFTP (SSH) server; <see cref="EndpointProfile.Root"/> is the folder, absolute or relative to
/// the account's home. The server's host key is pinned: without the right one no connection is made.
/// </summary>
[ProfileType("mft-sftp")]
[ConnectorProperties("SFTP server", "A folder on an SFTP (SSH file transfer) server that files come from or go to, with the server's host key pinned.")]
public sealed record SftpEndpointProfile : EndpointProfile, INetworkProfile
{
    [Property("Host", "Name or address of the SSH server.", Example = "sftp.partner.example")]
    [Required]
    public string Host { get; init; } = string.Empty;

    [Property("Port", "TCP port of the SSH server.")]
    [Range(1, 65535)]
    [DefaultValue(22)]
    public int Port { get; init; } = 22;

    [Property("User", "The account to log in with.")]
    [Required]
    public string User { get; init; } = string.Empty;

    [Property("Password", "Password of that account (a value, env:NAME or file:PATH); empty when logging in with a private key only.")]
    public SecretValue? Password { get; init; }

    [Property("Private key", "Path of the private key file (OpenSSH or PEM format) to log in with; empty when logging in with a password only.", Example = "/etc/connectors/keys/partner_ed25519")]
    public string? PrivateKey { get; init; }

    [Property("Passphrase", "Passphrase of the private key (a value, env:NAME or file:PATH); empty when the key has none.")]
    public SecretValue? Passphrase { get; init; }

    [Property("Host key", "The server's host key fingerprint as `ssh-keygen -lf` prints it (SHA256:base64). Required: a server presenting another key is refused, and the error names the key it presented.", Example = "SHA256:X0bi3xpyfgOYs6ibNT+HyyEYZJWRrAltlunWilBDl2o")]
    [Required]
    public string HostKey { get; init; } = string.Empty;

    [Property("Network", "Timeouts and retries.")]
    public NetworkSettings Network { get; init; } = new();
}
