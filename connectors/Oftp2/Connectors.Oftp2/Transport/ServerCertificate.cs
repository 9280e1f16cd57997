using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Receiving;
using Connectors.Sdk.Hosting.Tls;

namespace Connectors.Oftp2.Transport;

/// <summary>The TLS side of our listener: its certificate and what it asks of partners.</summary>
internal static class ServerCertificate
{
    /// <summary>
    /// The listener's TLS options. When client certificates are required, a partner's must chain to one
    /// of the certificates its profiles hold (Odette partners use one certificate for TLS and for files),
    /// read at each handshake so a partner onboarded while the listener runs is known at once; with no
    /// partner certificate configured, the machine's trust store decides.
    /// </summary>
    public static SslServerAuthenticationOptions? OptionsFor(Oftp2ReceiverProperties properties, Func<X509Certificate2Collection> partnerCertificates)
    {
        if (properties.TlsCertificate is null)
        {
            return null;
        }

        var certificate = CertificateFiles.LoadWithKey(properties.TlsCertificate, properties.TlsKeyFile, properties.TlsCertificatePassword?.Reveal());
        return new SslServerAuthenticationOptions
        {
            ServerCertificate = certificate,
            EnabledSslProtocols = TlsOptions.Protocols,
            ClientCertificateRequired = properties.RequireClientCertificate,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            RemoteCertificateValidationCallback = properties.RequireClientCertificate
                ? (sender, certificate, chain, errors) => certificate is not null && ServerCertificateTrust.Of(partnerCertificates()).Validate(sender, certificate, chain, errors)
                : (_, _, _, _) => true,
        };
    }
}
