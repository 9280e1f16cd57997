using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Receiving;

namespace Connectors.Oftp2.Transport;

/// <summary>The TLS side of our listener: its certificate and what it asks of partners.</summary>
internal static class ServerCertificate
{
    public static SslServerAuthenticationOptions? OptionsFor(Oftp2ReceiverProperties properties)
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
                ? (_, certificate, _, errors) => certificate is not null && errors == SslPolicyErrors.None
                : (_, _, _, _) => true,
        };
    }
}
