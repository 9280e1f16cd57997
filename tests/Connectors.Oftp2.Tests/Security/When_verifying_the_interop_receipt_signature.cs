using System.Security.Cryptography;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// eerp-signature.der is the EERPSIG the listener (O0013000000SERVER) sent in the cms-file capture: BER SignedData
/// with SHA-1, the 114 octets of eerp-signed-content.bin encapsulated.
/// </summary>
public sealed class When_verifying_the_interop_receipt_signature
{
    private static readonly byte[] Signature = SharedReference.ReadInterop("cms-file", "eerp-signature.der");
    private static readonly byte[] SignedContent = SharedReference.ReadInterop("cms-file", "eerp-signed-content.bin");

    [Fact]
    public void It_verifies_with_the_server_certificate()
    {
        var verification = ReceiptSignature.Verify(Signature, SignedContent, [InteropKeys.ServerPublic]);

        Assert.True(verification.IsValid, $"the interop EERP signature should verify with the server certificate: {verification.Outcome}, {verification.Message}");
        var signer = Assert.Single(verification.Signers);
        Assert.True(signer.Certificate.Thumbprint == InteropKeys.ServerPublic.Thumbprint, "the signer should be the server certificate");
        Assert.True(signer.Digest == HashAlgorithmName.SHA1, $"the digest should be SHA-1 (suite 02), was {signer.Digest}");
    }

    [Fact]
    public void It_verifies_among_several_trusted_certificates()
    {
        var verification = ReceiptSignature.Verify(Signature, SignedContent, [InteropKeys.ClientPublic, InteropKeys.ServerPublic]);

        Assert.True(verification.IsValid, $"the signature should verify when the server certificate is one of several: {verification.Message}");
    }

    [Fact]
    public void It_is_untrusted_without_the_server_certificate()
    {
        var verification = ReceiptSignature.Verify(Signature, SignedContent, [InteropKeys.ClientPublic]);

        Assert.True(
            verification.Outcome == ReceiptVerificationOutcome.UntrustedSigner,
            $"trusting only the client certificate should leave the signer untrusted, was {verification.Outcome}: {verification.Message}");
    }

    [Fact]
    public void Fields_other_than_the_signed_ones_do_not_match()
    {
        var otherFields = (byte[])SignedContent.Clone();
        otherFields[0] ^= 0x01;

        var verification = ReceiptSignature.Verify(Signature, otherFields, [InteropKeys.ServerPublic]);

        Assert.True(
            verification.Outcome == ReceiptVerificationOutcome.ContentMismatch,
            $"a receipt whose EERPDSN differs from the signed one should be a content mismatch, was {verification.Outcome}");
    }

    [Fact]
    public void A_damaged_signature_value_is_invalid()
    {
        var damaged = (byte[])Signature.Clone();
        // The RSA signature value sits just before the closing end-of-contents octets.
        damaged[^40] ^= 0x01;

        var verification = ReceiptSignature.Verify(damaged, SignedContent, [InteropKeys.ServerPublic]);

        Assert.True(
            verification.Outcome == ReceiptVerificationOutcome.InvalidSignature,
            $"a damaged signature value should be invalid, was {verification.Outcome}: {verification.Message}");
    }

    [Fact]
    public void Octets_that_are_no_cms_are_malformed()
    {
        var verification = ReceiptSignature.Verify(SignedContent, SignedContent, [InteropKeys.ServerPublic]);

        Assert.True(verification.Outcome == ReceiptVerificationOutcome.Malformed, $"plain octets as EERPSIG should be malformed, was {verification.Outcome}");
    }
}
