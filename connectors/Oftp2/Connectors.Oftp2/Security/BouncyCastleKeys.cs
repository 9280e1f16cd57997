using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Connectors.Oftp2.Security;

/// <summary>
/// Carries .NET certificates and RSA keys over to the CMS library. The public API speaks
/// <see cref="X509Certificate2"/> because the same certificate also serves TLS (RFC 5024 §1.7).
/// </summary>
internal static class BouncyCastleKeys
{
    public static BcCertificate Certificate(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return new X509CertificateParser().ReadCertificate(certificate.RawData);
    }

    /// <summary>The RSA private key of a certificate; RFC 5024 §10.2 uses RSA for every suite.</summary>
    public static AsymmetricKeyParameter PrivateKey(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!certificate.HasPrivateKey)
        {
            throw new ArgumentException($"The certificate '{certificate.Subject}' has no private key", nameof(certificate));
        }

        using var rsa = certificate.GetRSAPrivateKey()
            ?? throw new ArgumentException($"The private key of '{certificate.Subject}' is not an RSA key", nameof(certificate));
        var pkcs8 = rsa.ExportPkcs8PrivateKey();
        try
        {
            return PrivateKeyFactory.CreateKey(pkcs8);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    public static SecureRandom Random() => new();
}
