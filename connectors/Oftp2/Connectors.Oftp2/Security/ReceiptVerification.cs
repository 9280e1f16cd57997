namespace Connectors.Oftp2.Security;

/// <summary>The verdict on a receipt signature, with the signers that verified.</summary>
public sealed record ReceiptVerification(ReceiptVerificationOutcome Outcome, IReadOnlyList<VerifiedSigner> Signers, string Message)
{
    public bool IsValid => Outcome == ReceiptVerificationOutcome.Valid;
}
