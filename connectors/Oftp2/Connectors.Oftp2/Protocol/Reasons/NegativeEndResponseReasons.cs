namespace Connectors.Oftp2.Protocol.Reasons;

/// <summary>
/// The NERP reason a location reports when a partner's refusal stops delivery for good (RFC 5024 §4.3.7,
/// §5.3.14: "the abort reason is taken from the refusal reason that was sent by the node refusing the file").
/// </summary>
public static class NegativeEndResponseReasons
{
    /// <summary>The NERP reason for an ESID, or null when that ESID reason has no NERP code.</summary>
    public static NegativeEndResponseReason? FromEndSession(EndSessionReason reason) => reason switch
    {
        EndSessionReason.UserCodeNotKnown => NegativeEndResponseReason.UserCodeNotKnown,
        EndSessionReason.InvalidPassword => NegativeEndResponseReason.InvalidPassword,
        EndSessionReason.UnspecifiedAbort => NegativeEndResponseReason.UnspecifiedSessionAbort,
        _ => null,
    };

    /// <summary>The NERP reason for an SFNA with retry N: the SFNA code plus ten, 99 stays 99.</summary>
    public static NegativeEndResponseReason FromStartFileAnswer(StartFileNegativeReason reason) =>
        reason == StartFileNegativeReason.Unspecified
            ? NegativeEndResponseReason.Unspecified
            : (NegativeEndResponseReason)((int)reason + 10);

    /// <summary>The NERP reason for an EFNA: codes 01-20 as for SFNA, the file service failures as 31-33.</summary>
    public static NegativeEndResponseReason FromEndFileAnswer(EndFileNegativeReason reason) => reason switch
    {
        EndFileNegativeReason.InvalidFileSignature => NegativeEndResponseReason.FileSignatureNotValid,
        EndFileNegativeReason.FileDecryptionFailure => NegativeEndResponseReason.FileDecryptionFailed,
        EndFileNegativeReason.FileDecompressionFailure => NegativeEndResponseReason.FileDecompressionFailed,
        EndFileNegativeReason.Unspecified => NegativeEndResponseReason.Unspecified,
        _ => (NegativeEndResponseReason)((int)reason + 10),
    };
}
