using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Connectors.Sdk.Errors;

namespace Connectors.Sdk.Hosting.Events;

/// <summary>
/// Judges a webhook receiver's server certificate: its name must match the URL, always; its chain must
/// lead to a certificate the profile trusts, or to the machine's trust store when the profile names none.
/// </summary>
internal sealed class WebhookTlsTrust
{
    private readonly X509Certificate2Collection _trusted;

    private WebhookTlsTrust(X509Certificate2Collection trusted) => _trusted = trusted;

    public static WebhookTlsTrust From(string profileName, IReadOnlyList<string> trustedCertificates)
    {
        var trusted = new X509Certificate2Collection();
        foreach (var path in trustedCertificates)
        {
            try
            {
                var text = File.ReadAllText(path);
                if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
                {
                    trusted.ImportFromPem(text);
                }
                else
                {
                    trusted.Add(X509CertificateLoader.LoadCertificateFromFile(path));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
            {
                throw new ConnectorException(
                    ConnectorErrorKind.Configuration,
                    $"webhook '{profileName}': the trusted certificate file '{path}' cannot be read as PEM or DER ({e.GetType().Name})",
                    e,
                    propertyKeys: ["/trustedCertificates"]);
            }
        }

        return new WebhookTlsTrust(trusted);
    }

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        if (_trusted.Count == 0)
        {
            return errors == SslPolicyErrors.None;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(_trusted);

        // A receiver's own or private CA's certificates publish no revocation lists.
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return custom.Build(leaf);
    }
}
