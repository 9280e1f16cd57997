namespace Connectors.Oftp2.Protocol.Reasons;

/// <summary>The RFC 5024 wording of every reason code, for logs and for the reason text fields.</summary>
public static class ReasonDescriptions
{
    /// <summary>RFC 5024 §5.3.11.</summary>
    public static string Describe(this EndSessionReason reason) => reason switch
    {
        EndSessionReason.NormalTermination => "Normal session termination",
        EndSessionReason.CommandNotRecognised => "Command not recognised",
        EndSessionReason.ProtocolViolation => "Protocol violation",
        EndSessionReason.UserCodeNotKnown => "User code not known",
        EndSessionReason.InvalidPassword => "Invalid password",
        EndSessionReason.LocalSiteEmergencyCloseDown => "Local site emergency close down",
        EndSessionReason.CommandContainedInvalidData => "Command contained invalid data",
        EndSessionReason.ExchangeBufferSizeError => "Exchange Buffer size error",
        EndSessionReason.ResourcesNotAvailable => "Resources not available",
        EndSessionReason.TimeOut => "Time out",
        EndSessionReason.ModeOrCapabilitiesIncompatible => "Mode or capabilities incompatible",
        EndSessionReason.InvalidChallengeResponse => "Invalid challenge response",
        EndSessionReason.SecureAuthenticationRequirementsIncompatible => "Secure authentication requirements incompatible",
        EndSessionReason.UnspecifiedAbort => "Unspecified Abort code",
        _ => Unknown((int)reason),
    };

    /// <summary>RFC 5024 §5.3.5.</summary>
    public static string Describe(this StartFileNegativeReason reason) =>
        (int)reason is >= 1 and <= 20 or 99
            ? DescribeAnswer((int)reason)
            : Unknown((int)reason);

    /// <summary>RFC 5024 §5.3.10.</summary>
    public static string Describe(this EndFileNegativeReason reason) => DescribeAnswer((int)reason);

    /// <summary>RFC 5024 §5.3.14.</summary>
    public static string Describe(this NegativeEndResponseReason reason) => reason switch
    {
        NegativeEndResponseReason.UserCodeNotKnown => "ESID received with reason code 03 (user code not known)",
        NegativeEndResponseReason.InvalidPassword => "ESID received with reason code 04 (invalid password)",
        NegativeEndResponseReason.UnspecifiedSessionAbort => "ESID received with reason code 99 (unspecified reason)",
        NegativeEndResponseReason.FileSignatureNotValid => "File signature not valid",
        NegativeEndResponseReason.FileDecompressionFailed => "File decompression failed",
        NegativeEndResponseReason.FileDecryptionFailed => "File decryption failed",
        NegativeEndResponseReason.FileProcessingFailed => "File processing failed",
        NegativeEndResponseReason.NotDeliveredToRecipient => "Not delivered to recipient",
        NegativeEndResponseReason.NotAcknowledgedByRecipient => "Not acknowledged by recipient",
        NegativeEndResponseReason.TransmissionStoppedByOperator => "Transmission stopped by the operator",
        NegativeEndResponseReason.FileSizeIncompatibleWithProtocolVersion => "File size incompatible with recipient's protocol version",
        NegativeEndResponseReason.Unspecified => "Unspecified reason",
        // 11-30 repeat an SFNA or EFNA answer code ten lower (RFC 5024 §5.3.14).
        _ when (int)reason is >= 11 and <= 30 && AnswerCodeIsDefined((int)reason - 10)
            => $"SFNA(RETRY=N) received with reason code {(int)reason - 10:D2} ({DescribeAnswer((int)reason - 10).ToLowerInvariant()})",
        _ => Unknown((int)reason),
    };

    private static bool AnswerCodeIsDefined(int code) => code is >= 1 and <= 6 or >= 10 and <= 23 or 99;

    // SFNA and EFNA share their codes; EFNA adds 21-23 (RFC 5024 §5.3.5, §5.3.10).
    private static string DescribeAnswer(int code) => code switch
    {
        1 => "Invalid filename",
        2 => "Invalid destination",
        3 => "Invalid origin",
        4 => "Storage record format not supported",
        5 => "Maximum record length not supported",
        6 => "File size is too big",
        10 => "Invalid record count",
        11 => "Invalid byte count",
        12 => "Access method failure",
        13 => "Duplicate file",
        14 => "File direction refused",
        15 => "Cipher suite not supported",
        16 => "Encrypted file not allowed",
        17 => "Unencrypted file not allowed",
        18 => "Compression not allowed",
        19 => "Signed file not allowed",
        20 => "Unsigned file not allowed",
        21 => "Invalid file signature",
        22 => "File decryption failure",
        23 => "File decompression failure",
        99 => "Unspecified reason",
        _ => Unknown(code),
    };

    private static string Unknown(int code) => $"Reason code {code:D2} (not defined by RFC 5024)";
}
