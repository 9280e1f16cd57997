using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Connectors.Oftp2.Tests.Security.Support;

/// <summary>Makes self-signed certificates for the tests with BouncyCastle: expired, weak, SHA-1 signed and so on.</summary>
internal static class TestCertificates
{
    private static readonly SecureRandom Random = new();
    private static readonly Lazy<AsymmetricCipherKeyPair> SharedKeys = new(() => NewKeys(2048));

    /// <summary>A certificate with its private key. Certificates of 2048 bits share one key pair, to save time.</summary>
    public static X509Certificate2 Create(
        string commonName,
        DateTimeOffset notBefore,
        DateTimeOffset notAfter,
        int keyBits = 2048,
        string signatureAlgorithm = "SHA256WITHRSA",
        X509Name? issuer = null,
        BigInteger? serialNumber = null)
    {
        var keys = keyBits == 2048 ? SharedKeys.Value : NewKeys(keyBits);
        var subject = new X509Name($"CN={commonName}, O=OFTP2 Security Tests, C=DE");
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(serialNumber ?? new BigInteger(64, Random).Add(BigInteger.One));
        generator.SetIssuerDN(issuer ?? subject);
        generator.SetSubjectDN(subject);
        generator.SetNotBefore(notBefore.UtcDateTime);
        generator.SetNotAfter(notAfter.UtcDateTime);
        generator.SetPublicKey(keys.Public);
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(false));
        generator.AddExtension(
            X509Extensions.KeyUsage,
            true,
            new KeyUsage(KeyUsage.DigitalSignature | KeyUsage.KeyEncipherment | KeyUsage.DataEncipherment));
        var certificate = generator.Generate(new Asn1SignatureFactory(signatureAlgorithm, keys.Private, Random));

        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(PrivateKeyInfoFactory.CreatePrivateKeyInfo(keys.Private).GetDerEncoded(), out _);
        using var withoutKey = X509CertificateLoader.LoadCertificate(certificate.GetEncoded());
        return withoutKey.CopyWithPrivateKey(rsa);
    }

    /// <summary>A certificate valid from a year ago for ten years.</summary>
    public static X509Certificate2 Current(string commonName) =>
        Create(commonName, DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(10));

    private static AsymmetricCipherKeyPair NewKeys(int bits)
    {
        var generator = new RsaKeyPairGenerator();
        generator.Init(new KeyGenerationParameters(Random, bits));
        return generator.GenerateKeyPair();
    }
}
