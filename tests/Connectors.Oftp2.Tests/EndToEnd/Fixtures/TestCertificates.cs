using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Connectors.Oftp2.Tests.EndToEnd.Fixtures;

/// <summary>
/// A self-signed certificate for 127.0.0.1, written as PEM files a profile can name: a TLS server's, or an OFTP2
/// partner's for file security and secure authentication (RSA, SHA-256, as Odette's policy asks).
/// </summary>
internal sealed record TestCertificates(string CertificatePath, string KeyPath)
{
    public static TestCertificates Create(string folder, string name = "server", DateTimeOffset? notAfter = null, DateTimeOffset? notBefore = null, int keyBits = 2048)
    {
        Directory.CreateDirectory(folder);
        using var key = RSA.Create(keyBits);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        using var certificate = request.CreateSelfSigned(notBefore ?? DateTimeOffset.UtcNow.AddDays(-1), notAfter ?? DateTimeOffset.UtcNow.AddYears(1));
        var certificatePath = Path.Combine(folder, name + ".cert.pem");
        var keyPath = Path.Combine(folder, name + ".key.pem");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return new TestCertificates(certificatePath, keyPath);
    }
}
