using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Connectors.Ota.Tests.Fixtures;

/// <summary>
/// A self-signed server certificate for 127.0.0.1 and localhost, made for the test: a PKCS#12 file for the
/// receiver and a PEM file of the certificate alone for a profile to trust.
/// </summary>
public sealed record TestCertificate(string Pkcs12Path, string Password, string TrustPemPath)
{
    public static TestCertificate Create(string folder, string name = "server")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(2));

        const string Password = "Test-Pfx-Secret-99";
        var pkcs12 = Path.Combine(folder, name + ".p12");
        File.WriteAllBytes(pkcs12, certificate.Export(X509ContentType.Pkcs12, Password));
        var pem = Path.Combine(folder, name + ".pem");
        File.WriteAllText(pem, certificate.ExportCertificatePem());
        return new TestCertificate(pkcs12, Password, pem);
    }
}
