using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Security;
using Connectors.Sdk.Profiles;
using ProfileSeverity = Connectors.Sdk.Profiles.FindingSeverity;
using SecuritySeverity = Connectors.Oftp2.Security.FindingSeverity;

namespace Connectors.Oftp2.Profiles;

/// <summary>
/// Checks one list of certificates of a profile (ours or the partner's): each must load, and each is inspected as
/// Odette's certificate policy asks (<see cref="CertificateCheck"/>). Partners roll certificates over with an
/// overlap, so a certificate that has expired or is not valid yet is only a warning while another of the same list
/// is valid now; with none valid it is an error.
/// </summary>
internal static class CertificateListCheck
{
    /// <summary>Days before expiry from which a certificate earns a warning.</summary>
    public const int ExpiryWarningDays = 30;

    /// <param name="source">The profile file, for the findings.</param>
    /// <param name="pointer">The list's JSON pointer, for example <c>/security/localCertificates</c>.</param>
    /// <param name="references">The list.</param>
    /// <param name="own">Ours: each needs its private key.</param>
    /// <param name="now">When to judge validity.</param>
    public static CertificateListResult Check(string source, string pointer, IReadOnlyList<Oftp2CertificateReference> references, bool own, DateTimeOffset now)
    {
        var findings = new List<Finding>();
        var loaded = new List<(int Index, X509Certificate2 Certificate)>();
        try
        {
            for (var index = 0; index < references.Count; index++)
            {
                var reference = references[index];
                if (reference.Password?.ProblemResolving() is not null)
                {
                    // The profile loader reports an unresolvable secret at its own pointer already.
                    continue;
                }

                try
                {
                    loaded.Add((index, own ? CertificateReferences.LoadOwn(reference) : CertificateReferences.LoadPartner(reference)));
                }
                catch (CertificateReferenceException e)
                {
                    findings.Add(new Finding(source, $"{pointer}/{index}/{e.Field}", "certificate", e.Message));
                }
            }

            var validNow = loaded.Count(c => IsValidAt(c.Certificate, now));
            foreach (var (index, certificate) in loaded)
            {
                foreach (var inspected in CertificateCheck.Inspect(certificate, now, ExpiryWarningDays))
                {
                    findings.Add(ToFinding(source, $"{pointer}/{index}/file", inspected, validNow));
                }
            }

            return new CertificateListResult(findings, validNow);
        }
        finally
        {
            foreach (var (_, certificate) in loaded)
            {
                certificate.Dispose();
            }
        }
    }

    private static Finding ToFinding(string source, string pointer, CertificateFinding inspected, int validNow)
    {
        var outsideValidity = inspected.Code is CertificateFindingCodes.Expired or CertificateFindingCodes.NotYetValid;
        if (outsideValidity && validNow > 0)
        {
            var advice = inspected.Code == CertificateFindingCodes.Expired
                ? "another certificate of this list is valid, so this one can be removed"
                : "another certificate of this list is valid now and is used until this one is";
            return new Finding(source, pointer, inspected.Code, $"{inspected.Message}; {advice}", ProfileSeverity.Warning);
        }

        var severity = inspected.Severity == SecuritySeverity.Error ? ProfileSeverity.Error : ProfileSeverity.Warning;
        return new Finding(source, pointer, inspected.Code, inspected.Message, severity);
    }

    internal static bool IsValidAt(X509Certificate2 certificate, DateTimeOffset now) =>
        new DateTimeOffset(certificate.NotBefore) <= now && now <= new DateTimeOffset(certificate.NotAfter);
}

/// <summary>What <see cref="CertificateListCheck"/> found, and how many certificates of the list are valid now.</summary>
internal sealed record CertificateListResult(IReadOnlyList<Finding> Findings, int ValidNow);
