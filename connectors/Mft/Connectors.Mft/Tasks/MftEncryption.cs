using System.ComponentModel;
using Connectors.Sdk.Properties;

namespace Connectors.Mft.Tasks;

/// <summary>OpenPGP encryption of the file set, to one or more recipients, optionally signed by us.</summary>
public sealed record MftEncryption
{
    [Property("Mode", "None, or OpenPgp to encrypt each file to every recipient (AES-256 with an integrity packet).")]
    [DefaultValue(MftEncryptionMode.None)]
    public MftEncryptionMode Mode { get; init; } = MftEncryptionMode.None;

    [Property("Recipients", "Names of pgp-key profiles whose public keys may decrypt the files; any one of them can.", Example = "partner-a-key")]
    public IReadOnlyList<string> Recipients { get; init; } = [];

    [Property("Sign", "Sign each file with the signing key (a one-pass signature inside the encrypted message).")]
    [DefaultValue(false)]
    public bool Sign { get; init; }

    [Property("Signing key", "Name of the pgp-key profile with our private key and its passphrase; needed when Sign is on.", Example = "our-signing-key")]
    public string? SigningKey { get; init; }

    [Property("Armor", "Write ASCII-armored files (<name>.asc) instead of binary ones (<name>.pgp).")]
    [DefaultValue(false)]
    public bool Armor { get; init; }
}
