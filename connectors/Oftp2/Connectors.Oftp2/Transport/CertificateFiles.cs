using System.Security.Cryptography.X509Certificates;

namespace Connectors.Oftp2.Transport;

/// <summary>Loads the certificate and key a TLS listener or client presents: PKCS#12, or PEM with the key inside or beside.</summary>
public static class CertificateFiles
{
    /// <summary>A certificate with its private key, for a TLS server or client.</summary>
    public static X509Certificate2 LoadWithKey(string path, string? keyPath, string? password)
    {
        if (IsPkcs12(path))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }

        var withKey = string.IsNullOrEmpty(password)
            ? X509Certificate2.CreateFromPemFile(path, keyPath ?? path)
            : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyPath ?? path);

        // SslStream on Linux needs the key in a PKCS#12 round-trip form to use it for a handshake.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.EphemeralKeySet);
    }

    private static bool IsPkcs12(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".p12" or ".pfx";
}
