using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Connectors.Oftp2.Transport;

/// <summary>
/// Validates a partner's TLS certificate: against the certificates the profile trusts when it names
/// some (a partner's self-signed certificate or private CA), otherwise against the machine's store.
/// The name must match either way; nothing is ever accepted unchecked.
/// </summary>
internal sealed class TrustedServerValidation(X509Certificate2Collection trusted)
{
    public string? LastFailure { get; private set; }

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null)
        {
            LastFailure = "the partner presented no certificate";
            return false;
        }

        if (trusted.Count == 0)
        {
            LastFailure = errors == SslPolicyErrors.None ? null : $"the partner's certificate is not valid: {errors}";
            return errors == SslPolicyErrors.None;
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            LastFailure = "the partner's certificate does not carry the expected name";
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(trusted);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        var presented = certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        var valid = custom.Build(presented);
        LastFailure = valid ? null : "the partner's certificate is not signed by a certificate the profile trusts, or is outside its validity: "
            + string.Join(", ", custom.ChainStatus.Select(s => s.Status));
        return valid;
    }
}
