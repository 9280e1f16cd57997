using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Protocol.Commands.Values;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.X509.Store;

namespace Connectors.Oftp2.Security;

/// <summary>
/// EERPSIG and NERPSIG (RFC 5024 §5.3.13, §5.3.14): a CMS SignedData of content type id-data over the fields that
/// <see cref="EndToEndResponseSignedContent"/> or <see cref="NegativeEndResponseSignedContent"/> lay out. The RFC
/// says "the envelope must contain the original data, not just the signature", so the fields are encapsulated;
/// verification also accepts a detached signature from a partner that sends one.
/// </summary>
public static class ReceiptSignature
{
    /// <summary>Signs receipt fields with our certificate, with the digest of the file's cipher suite (SFIDCIPH).</summary>
    /// <param name="signedContent">The octets from <see cref="EndToEndResponseSignedContent.ToBytes"/> or <see cref="NegativeEndResponseSignedContent.ToBytes"/>.</param>
    /// <param name="signer">Our certificate with its private key.</param>
    /// <param name="suite">The file's cipher suite, 01-06.</param>
    /// <param name="includeSignerCertificate">Whether to carry our certificate in the SignedData.</param>
    public static byte[] Sign(ReadOnlySpan<byte> signedContent, X509Certificate2 signer, CipherSuite suite, bool includeSignerCertificate = false)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var algorithms = CipherSuiteAlgorithms.Of(suite);
        var certificate = BouncyCastleKeys.Certificate(signer);
        var generator = new CmsSignedDataGenerator(BouncyCastleKeys.Random());
        generator.AddSigner(BouncyCastleKeys.PrivateKey(signer), certificate, algorithms.DigestOid);
        if (includeSignerCertificate)
        {
            generator.AddCertificates(X509StoreFactory.Create("Certificate/Collection", new X509CollectionStoreParameters(new[] { certificate })));
        }

        return generator.Generate(new CmsProcessableByteArray(signedContent.ToArray()), encapsulate: true).GetEncoded();
    }

    /// <summary>Checks a receipt signature against the fields the receipt carries and the partner's trusted certificates.</summary>
    /// <param name="signature">EERPSIG or NERPSIG as received (BER or DER).</param>
    /// <param name="expectedContent">The receipt's own fields, laid out with <see cref="EndToEndResponseSignedContent.ToBytes"/> or <see cref="NegativeEndResponseSignedContent.ToBytes"/>.</param>
    /// <param name="trustedSigners">The partner's certificates; several while it rolls over.</param>
    /// <param name="validationTime">When to judge validity for a signer that gave no signing time; now when null.</param>
    public static ReceiptVerification Verify(
        ReadOnlySpan<byte> signature,
        ReadOnlySpan<byte> expectedContent,
        IEnumerable<X509Certificate2> trustedSigners,
        DateTimeOffset? validationTime = null)
    {
        ArgumentNullException.ThrowIfNull(trustedSigners);
        var encoded = signature.ToArray();
        CmsSignedData signed;
        try
        {
            signed = new CmsSignedData(encoded);
            if (CarriedContent(signed) is not { } carried)
            {
                signed = new CmsSignedData(new CmsProcessableByteArray(expectedContent.ToArray()), encoded);
            }
            else if (!carried.SequenceEqual(expectedContent))
            {
                return new ReceiptVerification(
                    ReceiptVerificationOutcome.ContentMismatch, [], "The signature covers other fields than the receipt carries");
            }
        }
        catch (Exception e) when (FailureAttribution.IsAttributable(e))
        {
            return new ReceiptVerification(ReceiptVerificationOutcome.Malformed, [], "The receipt signature is no CMS SignedData: " + e.Message);
        }

        SignerInformationStore signerInfos;
        try
        {
            signerInfos = signed.GetSignerInfos();
        }
        catch (Exception e) when (FailureAttribution.IsAttributable(e))
        {
            return new ReceiptVerification(ReceiptVerificationOutcome.InvalidSignature, [], "The SignerInfos cannot be decoded: " + e.Message);
        }

        var check = SignerVerification.Check(signerInfos, TrustedCertificate.From(trustedSigners), validationTime ?? DateTimeOffset.UtcNow);
        var outcome = check.Outcome switch
        {
            SignerOutcome.Valid => ReceiptVerificationOutcome.Valid,
            SignerOutcome.UntrustedSigner => ReceiptVerificationOutcome.UntrustedSigner,
            _ => ReceiptVerificationOutcome.InvalidSignature,
        };
        return new ReceiptVerification(outcome, check.Signers, check.Message);
    }

    private static byte[]? CarriedContent(CmsSignedData signed)
    {
        if (signed.SignedContent is null)
        {
            return null;
        }

        using var content = new MemoryStream();
        signed.SignedContent.Write(content);
        return content.ToArray();
    }
}
