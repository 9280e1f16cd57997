using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>Our certificate loads from PKCS#12 (with its password) or from PEM with a PKCS#8 key; the partner's from PEM or DER.</summary>
public sealed class When_loading_certificates
{
    [Fact]
    public void Pkcs12_and_pem_give_the_same_certificate_with_a_usable_key()
    {
        using var fromPkcs12 = CertificateLoader.FromPkcs12File(SharedReference.InteropFile("keys", "server.p12"), InteropKeys.Pkcs12Password);
        using var fromPem = CertificateLoader.FromPemFiles(SharedReference.InteropFile("keys", "server.cert.pem"), SharedReference.InteropFile("keys", "server.key.pem"));

        Assert.True(fromPkcs12.Thumbprint == fromPem.Thumbprint, "the PKCS#12 and PEM files should hold the same certificate");
        using var key = fromPkcs12.GetRSAPrivateKey()!;
        using var publicKey = fromPem.GetRSAPublicKey()!;
        var data = "challenge"u8.ToArray();
        var signature = key.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        Assert.True(publicKey.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1), "the PKCS#12 key should pair with the PEM certificate");
        Assert.True(
            Convert.ToHexString(SHA256.HashData(fromPem.RawData)) == "63CF089C14B5E1FF160EB5A3A64D94EF651BC0C7B54490930CAF7A3731BF48FF",
            "the server certificate's SHA-256 fingerprint should be the one the interop README gives");
    }

    [Fact]
    public void A_wrong_pkcs12_password_fails()
    {
        Expect.Failure<CryptographicException>(
            () => CertificateLoader.FromPkcs12File(SharedReference.InteropFile("keys", "client.p12"), "wrong"),
            "a wrong PKCS#12 password should fail to load");
    }

    [Fact]
    public void A_public_certificate_loads_from_pem_and_from_der()
    {
        using var pem = CertificateLoader.PublicFromFile(SharedReference.InteropFile("keys", "client.cert.pem"));
        using var der = CertificateLoader.PublicFrom(pem.RawData);

        Assert.False(pem.HasPrivateKey, "a partner certificate should come without a private key");
        Assert.True(pem.Thumbprint == der.Thumbprint, "PEM and DER should give the same certificate");
        Assert.True(
            Convert.ToHexString(SHA256.HashData(der.RawData)) == "D56C9B0A7798703DD9E3B10970C8DF83C01FC66D51F2022C166771ED3BE2FBA9",
            "the client certificate's SHA-256 fingerprint should be the one the interop README gives");
    }

    [Fact]
    public void A_pem_key_of_another_certificate_is_refused()
    {
        Expect.Failure<CryptographicException>(
            () => CertificateLoader.FromPemFiles(SharedReference.InteropFile("keys", "client.cert.pem"), SharedReference.InteropFile("keys", "server.key.pem")),
            "a certificate with a key that is not its own should be refused");
    }
}
