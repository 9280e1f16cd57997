namespace Connectors.Oftp2.Security;

/// <summary>
/// Why a secured file could not be unwrapped. Each value maps to the EFNA reason (RFC 5024 §5.3.10) a listener
/// answers during the session and the NERP reason (§5.3.14) a final recipient sends later; see
/// <see cref="FileSecurityFailureReasons"/>.
/// </summary>
public enum FileSecurityFailure
{
    /// <summary>A signature does not match the content, or the SignedData is damaged. EFNA 21, NERP 31.</summary>
    InvalidSignature,

    /// <summary>No signer is one of the partner's trusted certificates, or it was not valid when it signed. EFNA 21, NERP 31.</summary>
    UntrustedSigner,

    /// <summary>The file is not encrypted for any of our certificates, or its decryption failed. EFNA 22, NERP 33.</summary>
    DecryptionFailed,

    /// <summary>The CompressedData is damaged or does not inflate. EFNA 23, NERP 32.</summary>
    DecompressionFailed,

    /// <summary>An algorithm outside cipher suites 01-06. EFNA 15, NERP 25.</summary>
    UnsupportedCipherSuite,

    /// <summary>The agreement requires signed files and this one is not signed. EFNA 20, NERP 30.</summary>
    UnsignedFileNotAllowed,

    /// <summary>The agreement requires encrypted files and this one is not encrypted. EFNA 17, NERP 27.</summary>
    UnencryptedFileNotAllowed,

    /// <summary>The file is no CMS structure that RFC 5024 §6 allows. EFNA 99, NERP 34.</summary>
    MalformedEnvelope,
}
