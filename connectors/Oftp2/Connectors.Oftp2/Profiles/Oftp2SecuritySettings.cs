using System.ComponentModel;
using Connectors.Sdk.Properties;

namespace Connectors.Oftp2.Profiles;

/// <summary>
/// The security agreement with a partner (RFC 5024 sections 1.7 and 6): what we apply to files we send,
/// and what we require of files we receive.
/// </summary>
public sealed record Oftp2SecuritySettings
{
    [Property("Secure authentication", "SSIDAUTH: authenticate both sides with certificate challenges (SECD, AUCH, AURP) after the passwords.")]
    [DefaultValue(false)]
    public bool SecureAuthentication { get; init; }

    [Property("Sign files", "Sign files we send (CMS SignedData, RFC 5024 §6.2) with the first of our certificates valid now.")]
    [DefaultValue(false)]
    public bool SignFiles { get; init; }

    [Property("Compress files", "Compress files we send (CMS CompressedData, zlib, RFC 5024 §6.4), after signing and before encrypting.")]
    [DefaultValue(false)]
    public bool CompressFiles { get; init; }

    [Property("Encrypt files", "Encrypt files we send (CMS EnvelopedData, RFC 5024 §6.3) to the newest of the partner's certificates valid now.")]
    [DefaultValue(false)]
    public bool EncryptFiles { get; init; }

    [Property("Request signed receipts", "Ask the partner to sign the EERP or NERP of files we send (SFIDSIGN); a receipt whose signature or file hash does not verify, or that comes unsigned, leaves the delivery unconfirmed.")]
    [DefaultValue(false)]
    public bool RequestSignedReceipts { get; init; }

    [Property("Cipher suite", "The suite for files we secure: 01/02 use SHA-1 and stay for old partners, 03-06 use SHA-256 or SHA-512.")]
    [DefaultValue(Oftp2CipherSuite.Aes256Sha256)]
    public Oftp2CipherSuite CipherSuite { get; init; } = Oftp2CipherSuite.Aes256Sha256;

    [Property("Accepted cipher suites", "Suites we accept on files we receive; any other is refused with SFNA 15. Empty accepts all six.")]
    public IReadOnlyList<Oftp2CipherSuite> AcceptedCipherSuites { get; init; } = [];

    [Property("Require encryption", "Refuse files from this partner that are not encrypted (SFNA 17).")]
    [DefaultValue(false)]
    public bool RequireEncryption { get; init; }

    [Property("Require signing", "Refuse files from this partner that are not signed (SFNA 20).")]
    [DefaultValue(false)]
    public bool RequireSigning { get; init; }

    [Property("Require signed receipt requests", "Refuse files from this partner that do not ask for a signed EERP (SFIDSIGN); RFC 5024 has no code for this, so the answer is SFNA 99 with a text that says why.")]
    [DefaultValue(false)]
    public bool RequireSignedReceiptRequest { get; init; }

    [Property("Our certificates", "Our certificates with their keys (PKCS#12 or PEM), for signing, decryption and secure authentication. The first one valid now signs and answers challenges; every one is tried to decrypt, so a new one can be added next to the old during a rollover.")]
    public IReadOnlyList<Oftp2CertificateReference> LocalCertificates { get; init; } = [];

    [Property("Partner's certificates", "The partner's certificates (PEM or DER), for encryption and to verify its signatures. Files and challenges are encrypted to the newest one valid now; a signature by any of them verifies, so old and new overlap during a rollover.")]
    public IReadOnlyList<Oftp2CertificateReference> PartnerCertificates { get; init; } = [];
}

/// <summary>The cipher suites of RFC 5024 section 10.2 and Odette's SHA-2 additions.</summary>
public enum Oftp2CipherSuite
{
    /// <summary>01: 3DES-EDE-CBC, RSA PKCS#1 v1.5, SHA-1.</summary>
    TripleDesSha1 = 1,

    /// <summary>02: AES-256-CBC, RSA PKCS#1 v1.5, SHA-1.</summary>
    Aes256Sha1 = 2,

    /// <summary>03: 3DES-EDE-CBC, RSA PKCS#1 v1.5, SHA-256.</summary>
    TripleDesSha256 = 3,

    /// <summary>04: AES-256-CBC, RSA PKCS#1 v1.5, SHA-256.</summary>
    Aes256Sha256 = 4,

    /// <summary>05: 3DES-EDE-CBC, RSA PKCS#1 v1.5, SHA-512.</summary>
    TripleDesSha512 = 5,

    /// <summary>06: AES-256-CBC, RSA PKCS#1 v1.5, SHA-512.</summary>
    Aes256Sha512 = 6,
}
