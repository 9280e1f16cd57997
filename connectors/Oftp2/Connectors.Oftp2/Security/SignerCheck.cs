namespace Connectors.Oftp2.Security;

/// <summary>How a set of CMS SignerInfos fared against the partner's trusted certificates.</summary>
internal enum SignerOutcome
{
    Valid,
    InvalidSignature,
    UntrustedSigner,
}

internal sealed record SignerCheck(SignerOutcome Outcome, IReadOnlyList<VerifiedSigner> Signers, string Message);
