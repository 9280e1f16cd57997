using System.Security.Cryptography.X509Certificates;

namespace Connectors.Oftp2.Security;

/// <summary>
/// Loads the certificates OFTP2 security works with: ours with the private key (PEM certificate with a PKCS#8 key,
/// or PKCS#12), and the partner's public ones (PEM or DER). RFC 5024 §10.2 needs RSA keys.
/// </summary>
public static class CertificateLoader
{
    /// <summary>Our certificate from PEM text: the certificate and its unencrypted PKCS#8 (or PKCS#1) private key.</summary>
    public static X509Certificate2 FromPem(string certificatePem, string privateKeyPem)
    {
        ArgumentNullException.ThrowIfNull(certificatePem);
        ArgumentNullException.ThrowIfNull(privateKeyPem);
        return RequireRsaKey(X509Certificate2.CreateFromPem(certificatePem, privateKeyPem));
    }

    /// <summary>Our certificate from a PEM certificate file and a PEM key file.</summary>
    public static X509Certificate2 FromPemFiles(string certificatePath, string privateKeyPath) =>
        FromPem(File.ReadAllText(certificatePath), File.ReadAllText(privateKeyPath));

    /// <summary>Our certificate from PKCS#12 data holding one private key and its certificate.</summary>
    public static X509Certificate2 FromPkcs12(ReadOnlySpan<byte> pkcs12, string? password) =>
        RequireRsaKey(X509CertificateLoader.LoadPkcs12(pkcs12, password, X509KeyStorageFlags.EphemeralKeySet));

    /// <summary>Our certificate from a PKCS#12 (.p12, .pfx) file.</summary>
    public static X509Certificate2 FromPkcs12File(string path, string? password) =>
        RequireRsaKey(X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet));

    /// <summary>A partner's certificate, PEM or DER, without a private key.</summary>
    public static X509Certificate2 PublicFrom(ReadOnlySpan<byte> pemOrDer)
    {
        const string pemStart = "-----BEGIN";
        var text = System.Text.Encoding.ASCII.GetString(pemOrDer[..Math.Min(pemOrDer.Length, 64)]);
        return text.TrimStart().StartsWith(pemStart, StringComparison.Ordinal)
            ? X509Certificate2.CreateFromPem(System.Text.Encoding.ASCII.GetString(pemOrDer))
            : X509CertificateLoader.LoadCertificate(pemOrDer);
    }

    /// <summary>A partner's certificate from a PEM or DER file.</summary>
    public static X509Certificate2 PublicFromFile(string path) => PublicFrom(File.ReadAllBytes(path));

    private static X509Certificate2 RequireRsaKey(X509Certificate2 certificate)
    {
        if (!certificate.HasPrivateKey)
        {
            var subject = certificate.Subject;
            certificate.Dispose();
            throw new ArgumentException($"The certificate '{subject}' comes without its private key");
        }

        using var key = certificate.GetRSAPrivateKey();
        if (key is null)
        {
            var subject = certificate.Subject;
            certificate.Dispose();
            throw new ArgumentException($"The key of '{subject}' is not RSA, which every OFTP2 cipher suite uses (RFC 5024 §10.2)");
        }

        return certificate;
    }
}
