namespace Connectors.Oftp2.Protocol.Reasons;

/// <summary>
/// NERPREAS, why a file could not be delivered or processed (RFC 5024 §5.3.14). Codes 03-30 repeat the refusal
/// that stopped delivery (see <see cref="NegativeEndResponseReasons"/>); 31-99 are failures at the destination.
/// </summary>
public enum NegativeEndResponseReason
{
    UserCodeNotKnown = 3,
    InvalidPassword = 4,
    UnspecifiedSessionAbort = 9,
    InvalidFilename = 11,
    InvalidDestination = 12,
    InvalidOrigin = 13,
    InvalidStorageRecordFormat = 14,
    MaximumRecordLengthNotSupported = 15,
    FileSizeTooBig = 16,
    InvalidRecordCount = 20,
    InvalidByteCount = 21,
    AccessMethodFailure = 22,
    DuplicateFile = 23,
    FileDirectionRefused = 24,
    CipherSuiteNotSupported = 25,
    EncryptedFileNotAllowed = 26,
    UnencryptedFileNotAllowed = 27,
    CompressionNotAllowed = 28,
    SignedFileNotAllowed = 29,
    UnsignedFileNotAllowed = 30,
    FileSignatureNotValid = 31,
    FileDecompressionFailed = 32,
    FileDecryptionFailed = 33,
    FileProcessingFailed = 34,
    NotDeliveredToRecipient = 35,
    NotAcknowledgedByRecipient = 36,
    TransmissionStoppedByOperator = 50,
    FileSizeIncompatibleWithProtocolVersion = 90,
    Unspecified = 99,
}
