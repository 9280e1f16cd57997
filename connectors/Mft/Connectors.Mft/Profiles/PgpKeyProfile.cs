using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;

namespace Connectors.Mft.Profiles;

/// <summary>
/// An OpenPGP key as a named profile: a partner's public key to encrypt to, and, for our own keys, the
/// private key that signs (and decrypts) with its passphrase. Key files stay on disk, armored, so a key
/// rollover is a file change and never a task change.
/// </summary>
[ProfileType(TypeId)]
[ConnectorProperties("OpenPGP key", "A partner's OpenPGP public key to encrypt to, or one of ours with its private key to sign and decrypt.")]
public sealed record PgpKeyProfile : ConnectionProfile
{
    public const string TypeId = "pgp-key";

    [Property("Public key file", "Path of the ASCII-armored public key (gpg --armor --export); needed to encrypt to this key.", Example = "/etc/mft/keys/partner-a.pub.asc")]
    public string? PublicKeyFile { get; init; }

    [Property("Private key file", "Path of the ASCII-armored private key (gpg --armor --export-secret-keys); needed to sign with or decrypt to this key.", Example = "/etc/mft/keys/ours.sec.asc")]
    public string? PrivateKeyFile { get; init; }

    [Property("Passphrase", "Passphrase of the private key: a value, env:NAME or file:PATH; empty for an unprotected key.")]
    public SecretValue? Passphrase { get; init; }
}
