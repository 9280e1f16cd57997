namespace Connectors.Oftp2.Security;

/// <summary>How an EERP or NERP signature fared.</summary>
public enum ReceiptVerificationOutcome
{
    /// <summary>A trusted certificate signed exactly the expected fields.</summary>
    Valid,

    /// <summary>The signature is intact but covers other fields than the receipt carries (RFC 5024 §5.3.13 leaves this check to the application).</summary>
    ContentMismatch,

    /// <summary>The signature does not match what it covers.</summary>
    InvalidSignature,

    /// <summary>No signer is one of the partner's trusted certificates, or it was not valid when it signed.</summary>
    UntrustedSigner,

    /// <summary>EERPSIG/NERPSIG is no CMS SignedData.</summary>
    Malformed,
}
