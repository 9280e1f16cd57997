namespace Connectors.Oftp2.Protocol.Reasons;

/// <summary>
/// EFNAREAS, why a listener refuses a file after receiving it (RFC 5024 §5.3.10): the SFNA codes plus
/// 21-23 for file services.
/// </summary>
public enum EndFileNegativeReason
{
    InvalidFilename = 1,
    InvalidDestination = 2,
    InvalidOrigin = 3,
    StorageRecordFormatNotSupported = 4,
    MaximumRecordLengthNotSupported = 5,
    FileSizeTooBig = 6,
    InvalidRecordCount = 10,
    InvalidByteCount = 11,
    AccessMethodFailure = 12,
    DuplicateFile = 13,
    FileDirectionRefused = 14,
    CipherSuiteNotSupported = 15,
    EncryptedFileNotAllowed = 16,
    UnencryptedFileNotAllowed = 17,
    CompressionNotAllowed = 18,
    SignedFileNotAllowed = 19,
    UnsignedFileNotAllowed = 20,
    InvalidFileSignature = 21,
    FileDecryptionFailure = 22,
    FileDecompressionFailure = 23,
    Unspecified = 99,
}
