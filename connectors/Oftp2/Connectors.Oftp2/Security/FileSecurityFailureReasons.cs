using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Security;

/// <summary>The answer codes of RFC 5024 for each <see cref="FileSecurityFailure"/>.</summary>
public static class FileSecurityFailureReasons
{
    /// <summary>EFNAREAS (RFC 5024 §5.3.10): 21-23 are the file service codes, 15/17/20 repeat the SFNA refusals.</summary>
    public static EndFileNegativeReason ToEndFileNegativeReason(this FileSecurityFailure failure) => failure switch
    {
        FileSecurityFailure.InvalidSignature or FileSecurityFailure.UntrustedSigner => EndFileNegativeReason.InvalidFileSignature,
        FileSecurityFailure.DecryptionFailed => EndFileNegativeReason.FileDecryptionFailure,
        FileSecurityFailure.DecompressionFailed => EndFileNegativeReason.FileDecompressionFailure,
        FileSecurityFailure.UnsupportedCipherSuite => EndFileNegativeReason.CipherSuiteNotSupported,
        FileSecurityFailure.UnsignedFileNotAllowed => EndFileNegativeReason.UnsignedFileNotAllowed,
        FileSecurityFailure.UnencryptedFileNotAllowed => EndFileNegativeReason.UnencryptedFileNotAllowed,
        _ => EndFileNegativeReason.Unspecified,
    };

    /// <summary>
    /// NERPREAS (RFC 5024 §5.3.14): 31-33 are the file service codes, 25/27/30 repeat the SFNA refusals, and a
    /// structure that cannot be read at all is 34, file processing failed.
    /// </summary>
    public static NegativeEndResponseReason ToNegativeEndResponseReason(this FileSecurityFailure failure) => failure switch
    {
        FileSecurityFailure.InvalidSignature or FileSecurityFailure.UntrustedSigner => NegativeEndResponseReason.FileSignatureNotValid,
        FileSecurityFailure.DecryptionFailed => NegativeEndResponseReason.FileDecryptionFailed,
        FileSecurityFailure.DecompressionFailed => NegativeEndResponseReason.FileDecompressionFailed,
        FileSecurityFailure.UnsupportedCipherSuite => NegativeEndResponseReason.CipherSuiteNotSupported,
        FileSecurityFailure.UnsignedFileNotAllowed => NegativeEndResponseReason.UnsignedFileNotAllowed,
        FileSecurityFailure.UnencryptedFileNotAllowed => NegativeEndResponseReason.UnencryptedFileNotAllowed,
        _ => NegativeEndResponseReason.FileProcessingFailed,
    };
}
