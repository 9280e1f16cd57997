using System.Security.Cryptography.X509Certificates;

namespace Connectors.Oftp2.Security;

/// <summary>What <see cref="FileEnvelope.UnwrapAsync"/> found in a received file.</summary>
public sealed record UnwrapResult
{
    /// <summary>Whether the file was encrypted (CMS EnvelopedData).</summary>
    public bool WasEncrypted { get; init; }

    /// <summary>The content encryption algorithm's object identifier, when encrypted.</summary>
    public string? EncryptionAlgorithmOid { get; init; }

    /// <summary>A readable name of that algorithm (AES-256-CBC, 3DES-EDE-CBC), when encrypted.</summary>
    public string? EncryptionAlgorithmName { get; init; }

    /// <summary>Which of our certificates the file was encrypted for.</summary>
    public X509Certificate2? DecryptedWith { get; init; }

    /// <summary>Whether the file was compressed (CMS CompressedData).</summary>
    public bool WasCompressed { get; init; }

    /// <summary>Whether the file was signed (CMS SignedData).</summary>
    public bool WasSigned => Signers.Count > 0;

    /// <summary>The trusted certificates whose signatures verified.</summary>
    public IReadOnlyList<VerifiedSigner> Signers { get; init; } = [];

    /// <summary>Octets received: EFIDUCNT (RFC 5024 §5.3.8).</summary>
    public long TransmittedLength { get; init; }

    /// <summary>The hash of the file as transmitted with the suite's digest, for EERPHSH/NERPHSH; empty for suite 00.</summary>
    public ReadOnlyMemory<byte> TransmittedHash { get; init; }

    /// <summary>Octets of the plain file written out.</summary>
    public long PlainLength { get; init; }

    /// <summary>
    /// Octets found after the end of a layer's CMS structure and ignored, besides end-of-contents octets. Some
    /// products leave some there; they are outside every signed or encrypted content.
    /// </summary>
    public long IgnoredTrailingOctets { get; init; }
}
