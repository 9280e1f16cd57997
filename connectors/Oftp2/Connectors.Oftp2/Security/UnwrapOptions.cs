using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Security;

/// <summary>What <see cref="FileEnvelope.UnwrapAsync"/> needs to open a received file (RFC 5024 §6).</summary>
public sealed record UnwrapOptions
{
    /// <summary>Our certificates with their private keys; more than one while we roll our own over.</summary>
    public IReadOnlyList<X509Certificate2> DecryptionCertificates { get; init; } = [];

    /// <summary>The partner's signing certificates we trust; more than one while the partner rolls over.</summary>
    public IReadOnlyList<X509Certificate2> TrustedSignerCertificates { get; init; } = [];

    /// <summary>SFIDCIPH of the file: its digest hashes the file as transmitted, for a signed EERP or NERP.</summary>
    public CipherSuite Suite { get; init; } = CipherSuite.None;

    /// <summary>
    /// The services the SFID declared (see <see cref="DeclaredFileServices.From"/>). When given, exactly these
    /// layers are opened, and a declared layer that is missing fails with its own reason, or with the decryption
    /// reason inside an encryption: CBC has no integrity check, so a damaged or wrongly keyed decryption shows up
    /// as a missing inner layer. When null, the layers are discovered in the order of RFC 5024 §6.1.
    /// </summary>
    public FileServices? ExpectedServices { get; init; }

    /// <summary>Refuse a file that is not signed (EFNA 20).</summary>
    public bool RequireSignature { get; init; }

    /// <summary>Refuse a file that is not encrypted (EFNA 17).</summary>
    public bool RequireEncryption { get; init; }

    /// <summary>When to judge certificate validity for a signer that gave no signing time; now when null.</summary>
    public DateTimeOffset? ValidationTime { get; init; }
}
