using System.Security.Cryptography.X509Certificates;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Connectors.Oftp2.Security;

/// <summary>A certificate the caller gave, beside its CMS library form, so a match can be reported as the caller's object.</summary>
internal sealed record TrustedCertificate(X509Certificate2 Original, BcCertificate Converted)
{
    public static IReadOnlyList<TrustedCertificate> From(IEnumerable<X509Certificate2> certificates) =>
        certificates.Select(c => new TrustedCertificate(c, BouncyCastleKeys.Certificate(c))).ToList();
}
