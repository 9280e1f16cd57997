using Connectors.Sdk.Properties;

namespace Connectors.Ota.Profiles;

/// <summary>Trust of the partner's server certificate. The certificate is always validated, and its name must match the address.</summary>
public sealed record OtaTlsSettings
{
    [Property("Trusted certificates", "PEM or DER files of the certificates or CAs that may sign the partner's server certificate; only they are trusted when given. Empty means the machine's trust store.")]
    public IReadOnlyList<string> TrustedCertificates { get; init; } = [];
}
