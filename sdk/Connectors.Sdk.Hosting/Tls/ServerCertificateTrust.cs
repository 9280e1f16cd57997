using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Connectors.Sdk.Errors;

namespace Connectors.Sdk.Hosting.Tls;

/// <summary>
/// Judges a partner's TLS server certificate: its name must match the address, always; its chain must
/// lead to a certificate the profile trusts (a partner's own self-signed certificate or private CA), or
/// to the machine's trust store when the profile names none. Validation is never switched off.
/// </summary>
public sealed class ServerCertificateTrust
{
    private readonly X509Certificate2Collection _trusted;

    private ServerCertificateTrust(X509Certificate2Collection trusted) => _trusted = trusted;

    /// <summary>Why the last certificate judged was refused, in words an operator can act on; null when it passed.</summary>
    public string? LastFailure { get; private set; }

    /// <summary>
    /// Loads the PEM or DER files a profile names; a file that cannot be read is a configuration error
    /// naming the profile, the file and <paramref name="propertyKey"/>.
    /// </summary>
    public static ServerCertificateTrust Load(string profileName, IEnumerable<string> trustedCertificateFiles, string propertyKey)
    {
        ArgumentNullException.ThrowIfNull(trustedCertificateFiles);
        var trusted = new X509Certificate2Collection();
        foreach (var path in trustedCertificateFiles)
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
                    $"profile '{profileName}': the trusted certificate file '{path}' cannot be read as PEM or DER ({e.GetType().Name})",
                    e,
                    propertyKeys: [propertyKey]);
            }
        }

        return new ServerCertificateTrust(trusted);
    }

    /// <summary>Trusts exactly <paramref name="trusted"/> (or the machine's store when it is empty).</summary>
    public static ServerCertificateTrust Of(X509Certificate2Collection trusted) => new(trusted);

    /// <summary>The callback of <see cref="SslClientAuthenticationOptions.RemoteCertificateValidationCallback"/>.</summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        LastFailure = Judge(certificate, chain, errors);
        return LastFailure is null;
    }

    private string? Judge(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return "the partner presented no certificate";
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return "the partner's certificate does not carry the expected name";
        }

        if (_trusted.Count == 0)
        {
            return errors == SslPolicyErrors.None ? null : $"the partner's certificate is not trusted by this machine: {errors}";
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(_trusted);

        // Certificates a partner hands over by file are its own or its private CA's, which publish no revocation lists.
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return custom.Build(leaf)
            ? null
            : "the partner's certificate is not signed by a certificate the profile trusts, or is outside its validity: "
                + string.Join(", ", custom.ChainStatus.Select(s => s.Status));
    }
}
