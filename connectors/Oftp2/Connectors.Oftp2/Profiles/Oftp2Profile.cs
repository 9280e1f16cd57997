using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;

namespace Connectors.Oftp2.Profiles;

/// <summary>
/// An OFTP2 trading partner as onboarded in the operations store: both identities and passwords,
/// where to reach the partner, how to negotiate the session, and the security agreement.
/// </summary>
[ProfileType("oftp2")]
[ConnectorProperties("OFTP2 partner", "A trading partner reached over OFTP2 (RFC 5024): identities, address, session parameters and security.")]
public sealed record Oftp2Profile : ConnectionProfile, INetworkProfile, ISelfCheckingProfile
{
    [Property("Our Odette ID", "Our SSID code as the partner knows it (up to 25 characters, usually 'O' + 16 digits + our name).", Example = "O0013000000CLIENT")]
    [Required]
    [RegularExpression(OdetteIdPattern)]
    public string LocalCode { get; init; } = string.Empty;

    [Property("Our password", "The SSID password we present to the partner (up to 8 characters): a value, env:NAME or file:PATH.")]
    [Required]
    public SecretValue LocalPassword { get; init; } = SecretValue.From(string.Empty);

    [Property("Partner's Odette ID", "The partner's SSID code; a session from this code is identified as this partner.", Example = "O0013000000SERVER")]
    [Required]
    [RegularExpression(OdetteIdPattern)]
    public string PartnerCode { get; init; } = string.Empty;

    [Property("Partner's password", "The SSID password the partner must present (up to 8 characters): a value, env:NAME or file:PATH.")]
    [Required]
    public SecretValue PartnerPassword { get; init; } = SecretValue.From(string.Empty);

    [Property("Host", "Name or address of the partner's OFTP2 server, for sessions we open. Leave empty for a partner that only calls us.", Example = "oftp.partner.example")]
    public string? Host { get; init; }

    [Property("Port", "TCP port of the partner's OFTP2 server: 3305 for plain TCP, 6619 for TLS by convention.")]
    [Range(1, 65535)]
    [DefaultValue(3305)]
    public int Port { get; init; } = 3305;

    [Property("TLS", "Transport security for sessions we open: TLS 1.2 or later, the partner's certificate validated.")]
    public Oftp2TlsSettings Tls { get; init; } = new();

    [Property("Session", "What we offer when a session is negotiated: buffer size, credit, compression, restart, protocol level.")]
    public Oftp2SessionSettings Session { get; init; } = new();

    [Property("Security", "File signing, compression and encryption, signed receipts and secure authentication agreed with the partner.")]
    public Oftp2SecuritySettings Security { get; init; } = new();

    [Property("Network", "Timeouts and retries of sessions we open.")]
    public NetworkSettings Network { get; init; } = new();

    /// <summary>Certificates that cannot be loaded or break Odette's policy, and security services without the certificates they need.</summary>
    IEnumerable<Finding> ISelfCheckingProfile.Check(string source) => Oftp2ProfileCheck.Run(this, source, DateTimeOffset.UtcNow);

    /// <summary>SSIDCODE: an identification code of up to 25 upper-case letters, digits and the RFC's punctuation.</summary>
    internal const string OdetteIdPattern = "^[A-Z0-9 ./\\-&()]{1,25}$";
}
