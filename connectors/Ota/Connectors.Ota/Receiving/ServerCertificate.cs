using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Secrets;

namespace Connectors.Ota.Receiving;

/// <summary>Loads the receiver's TLS certificate with its key from a PKCS#12 file or PEM files.</summary>
internal static class ServerCertificate
{
    public static X509Certificate2 Load(string path, string? keyPath, SecretValue? password)
    {
        string? secret;
        try
        {
            secret = password?.Reveal();
        }
        catch (SecretResolutionException e)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, e.Message, e, propertyKeys: ["/tlsCertificatePassword"]);
        }

        try
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension is ".pem" or ".crt" or ".cer")
            {
                using var pem = string.IsNullOrEmpty(secret)
                    ? X509Certificate2.CreateFromPemFile(path, keyPath)
                    : X509Certificate2.CreateFromEncryptedPemFile(path, secret, keyPath);

                // A key read from PEM is ephemeral; TLS stacks want one they can hold on to.
                return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
            }

            return X509CertificateLoader.LoadPkcs12FromFile(path, secret);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"the TLS certificate '{path}' cannot be loaded with its key ({e.GetType().Name}); check the file, its key and its password",
                e,
                propertyKeys: ["/tlsCertificate", "/tlsKey", "/tlsCertificatePassword"]);
        }
    }
}
