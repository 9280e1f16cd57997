using System.Globalization;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Utilities.Encoders;

namespace Connectors.Oftp2.Security;

/// <summary>
/// Checks the SignerInfos of a SignedData. A file may be signed more than once so partners can change certificates
/// (RFC 5024 §6.2): signers we hold no certificate for are passed over, every signer we do know must verify, and at
/// least one must. Certificates carried inside the CMS are never trusted; only the partner's configured ones are.
/// </summary>
internal static class SignerVerification
{
    public static SignerCheck Check(SignerInformationStore signerInfos, IReadOnlyList<TrustedCertificate> trusted, DateTimeOffset now)
    {
        try
        {
            return CheckEach(signerInfos, trusted, now);
        }
        catch (Exception e) when (FailureAttribution.IsAttributable(e))
        {
            // The CMS library decodes SignerInfo fields lazily; a damaged one surfaces here as a decoding error.
            return Failed(SignerOutcome.InvalidSignature, "a SignerInfo cannot be decoded: " + e.Message);
        }
    }

    private static SignerCheck CheckEach(SignerInformationStore signerInfos, IReadOnlyList<TrustedCertificate> trusted, DateTimeOffset now)
    {
        var signers = signerInfos.GetSigners().Cast<SignerInformation>().ToList();
        if (signers.Count == 0)
        {
            return Failed(SignerOutcome.InvalidSignature, "the SignedData holds no signature");
        }

        var verified = new List<VerifiedSigner>();
        var unknown = new List<string>();
        foreach (var signer in signers)
        {
            var candidates = trusted.Where(t => signer.SignerID.Match(t.Converted)).ToList();
            if (candidates.Count == 0)
            {
                unknown.Add(Describe(signer.SignerID));
                continue;
            }

            var digest = CipherSuiteAlgorithms.DigestOf(signer.DigestAlgOid);
            if (digest is null)
            {
                return Failed(SignerOutcome.InvalidSignature, $"the signature uses digest {signer.DigestAlgOid}, which no cipher suite 01-06 has");
            }

            var signingTime = SigningTimeOf(signer);
            var certificate = candidates[0];
            if (!Verifies(signer, certificate, out var problem))
            {
                return Failed(SignerOutcome.InvalidSignature, $"the signature of {certificate.Original.Subject} does not match the content: {problem}");
            }

            // A partner rolls certificates over with an overlap: what counts is that the certificate was valid when
            // it signed, or now when the signer gave no time.
            var at = signingTime ?? now;
            if (!certificate.Converted.IsValid(at.UtcDateTime))
            {
                return Failed(
                    SignerOutcome.UntrustedSigner,
                    $"the certificate of {certificate.Original.Subject} was not valid at {at.ToString("u", CultureInfo.InvariantCulture)}");
            }

            verified.Add(new VerifiedSigner(certificate.Original, digest.Value, signingTime));
        }

        return verified.Count > 0
            ? new SignerCheck(SignerOutcome.Valid, verified, "signature valid")
            : Failed(SignerOutcome.UntrustedSigner, $"signed by {string.Join("; ", unknown)}, which is none of the partner's trusted certificates");
    }

    private static bool Verifies(SignerInformation signer, TrustedCertificate certificate, out string problem)
    {
        try
        {
            problem = "the signature value is wrong";
            return signer.Verify(certificate.Converted.GetPublicKey());
        }
        catch (Exception e) when (FailureAttribution.IsAttributable(e))
        {
            problem = e.Message;
            return false;
        }
    }

    private static DateTimeOffset? SigningTimeOf(SignerInformation signer)
    {
        var attribute = signer.SignedAttributes?[CmsAttributes.SigningTime];
        if (attribute is null || attribute.AttrValues.Count == 0)
        {
            return null;
        }

        var date = Time.GetInstance(attribute.AttrValues[0]).Date;
        return date.Kind == DateTimeKind.Local
            ? new DateTimeOffset(date.ToUniversalTime(), TimeSpan.Zero)
            : new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc));
    }

    private static string Describe(SignerID id) =>
        id.SubjectKeyIdentifier is { } keyId
            ? $"the key {Hex.ToHexString(keyId)}"
            : $"'{id.Issuer}' serial {id.SerialNumber?.ToString(16)}";

    private static SignerCheck Failed(SignerOutcome outcome, string message) => new(outcome, [], message);
}
