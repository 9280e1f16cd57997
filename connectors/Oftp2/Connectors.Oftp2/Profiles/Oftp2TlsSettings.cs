using System.ComponentModel;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;

namespace Connectors.Oftp2.Profiles;

/// <summary>TLS of sessions we open to the partner.</summary>
public sealed record Oftp2TlsSettings
{
    [Property("Use TLS", "Open sessions over TLS 1.2 or later (RFC 5024 section 2.3); the partner's certificate is always validated.")]
    [DefaultValue(false)]
    public bool Enabled { get; init; }

    [Property("Trusted certificates", "PEM files of the certificates or CAs that may sign the partner's server certificate; empty means the machine's trust store.")]
    public IReadOnlyList<string> TrustedCertificates { get; init; } = [];

    [Property("Server name", "Name expected in the partner's certificate when it differs from the host.")]
    public string? ServerName { get; init; }

    [Property("Client certificate", "PKCS#12 file or PEM certificate (with its key beside it) we present when the partner requires a client certificate.")]
    public string? ClientCertificate { get; init; }

    [Property("Client certificate password", "Password of the client certificate's PKCS#12 file or key: a value, env:NAME or file:PATH.")]
    public SecretValue? ClientCertificatePassword { get; init; }
}
