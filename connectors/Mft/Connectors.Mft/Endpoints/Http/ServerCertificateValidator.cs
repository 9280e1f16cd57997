using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Connectors.Mft.Endpoints.Http;

/// <summary>
/// Accepts a server certificate the system trusts, or one that chains to a certificate the profile
/// trusts (a private CA, or the server's own self-signed certificate). A wrong host name is refused
/// either way: trusting a certificate never turns validation off.
/// </summary>
internal sealed class ServerCertificateValidator(X509Certificate2Collection trusted)
{
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        if (trusted.Count == 0 || certificate is not X509Certificate2 serverCertificate || errors != SslPolicyErrors.RemoteCertificateChainErrors)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(trusted);

        // Private CAs and self-signed certificates publish no revocation lists; checking would refuse them all.
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return custom.Build(serverCertificate);
    }
}
