using System.Globalization;
using System.Security.Cryptography.X509Certificates;

namespace Connectors.Oftp2.Security;

/// <summary>
/// Checks a certificate against what OFTP2 partners expect of one: valid now, not about to expire, an RSA key
/// (RFC 5024 §10.2) of at least 2048 bits and a signature stronger than SHA-1, as Odette's certificate policy asks.
/// </summary>
public static class CertificateCheck
{
    /// <summary>The RSA key size Odette's certificate policy asks for.</summary>
    public const int MinimumRsaKeyBits = 2048;

    private static readonly HashSet<string> Sha1SignatureOids =
    [
        "1.2.840.113549.1.1.5", // sha1WithRSAEncryption
        "1.3.14.3.2.29", // sha1WithRSASignature (OIW)
        "1.2.840.10040.4.3", // dsa-with-sha1
        "1.2.840.10045.4.1", // ecdsa-with-SHA1
    ];

    /// <summary>What is wrong or about to go wrong with <paramref name="certificate"/>; empty when nothing is.</summary>
    /// <param name="certificate">The certificate to inspect.</param>
    /// <param name="now">The time to judge validity at.</param>
    /// <param name="expiryWarningDays">How many days ahead an expiry earns a warning.</param>
    public static IReadOnlyList<CertificateFinding> Inspect(X509Certificate2 certificate, DateTimeOffset now, int expiryWarningDays = 30)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentOutOfRangeException.ThrowIfNegative(expiryWarningDays);
        var findings = new List<CertificateFinding>();
        var name = $"'{certificate.Subject}' ({certificate.Thumbprint})";
        var notBefore = new DateTimeOffset(certificate.NotBefore);
        var notAfter = new DateTimeOffset(certificate.NotAfter);

        if (now > notAfter)
        {
            findings.Add(new(FindingSeverity.Error, CertificateFindingCodes.Expired, $"The certificate {name} expired on {Day(notAfter)}"));
        }
        else if (now < notBefore)
        {
            findings.Add(new(FindingSeverity.Error, CertificateFindingCodes.NotYetValid, $"The certificate {name} is valid only from {Day(notBefore)}"));
        }
        else if (notAfter - now <= TimeSpan.FromDays(expiryWarningDays))
        {
            findings.Add(new(
                FindingSeverity.Warning,
                CertificateFindingCodes.ExpiringSoon,
                $"The certificate {name} expires on {Day(notAfter)}, within {expiryWarningDays} days: roll it over with the partner"));
        }

        using (var rsa = certificate.GetRSAPublicKey())
        {
            if (rsa is null)
            {
                findings.Add(new(FindingSeverity.Error, CertificateFindingCodes.NotRsa, $"The key of {name} is not RSA, which every cipher suite uses (RFC 5024 §10.2)"));
            }
            else if (rsa.KeySize < MinimumRsaKeyBits)
            {
                findings.Add(new(
                    FindingSeverity.Error,
                    CertificateFindingCodes.WeakRsaKey,
                    $"The RSA key of {name} has {rsa.KeySize} bits; at least {MinimumRsaKeyBits} are required"));
            }
        }

        if (Sha1SignatureOids.Contains(certificate.SignatureAlgorithm.Value ?? ""))
        {
            findings.Add(new(
                FindingSeverity.Warning,
                CertificateFindingCodes.Sha1Signature,
                $"The certificate {name} is signed with SHA-1 ({certificate.SignatureAlgorithm.FriendlyName}); SHA-256 or stronger is expected"));
        }

        return findings;
    }

    /// <summary>
    /// The certificates valid at <paramref name="now"/>, newest first. A partner rolls its certificate over with an
    /// overlap, so two may be valid: we encrypt to and sign with the newest, and accept signatures by any.
    /// </summary>
    public static IReadOnlyList<X509Certificate2> SelectValid(IEnumerable<X509Certificate2> certificates, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        return certificates
            .Where(c => new DateTimeOffset(c.NotBefore) <= now && now <= new DateTimeOffset(c.NotAfter))
            .OrderByDescending(c => c.NotBefore)
            .ThenByDescending(c => c.NotAfter)
            .ToList();
    }

    private static string Day(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
