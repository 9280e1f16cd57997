using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Profiles;
using Connectors.Oftp2.Security;
using Microsoft.Extensions.Logging;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// The certificates of one partner's profile, loaded when a session first needs them. Ours sign in list order (the
/// first valid now), so an operator decides when a new certificate takes over; every one of ours is tried to decrypt.
/// The partner's newest valid certificate is encrypted to, and a signature by any of them verifies (the security
/// library judges validity at signing time). A certificate that no longer loads is logged and left out: profile
/// validation reports it, and the service that needs it fails with its own answer code.
/// </summary>
internal sealed class ProfileCertificates
{
    private readonly Lazy<(IReadOnlyList<X509Certificate2> Ours, IReadOnlyList<X509Certificate2> Partners)> _loaded;

    public ProfileCertificates(Oftp2SecuritySettings security, string partner, ILogger logger)
    {
        _loaded = new(() => (
            Load(security.LocalCertificates, "/security/localCertificates", CertificateReferences.LoadOwn, partner, logger),
            Load(security.PartnerCertificates, "/security/partnerCertificates", CertificateReferences.LoadPartner, partner, logger)));
    }

    /// <summary>Our certificates with their private keys, in the profile's order.</summary>
    public IReadOnlyList<X509Certificate2> Ours => _loaded.Value.Ours;

    /// <summary>The partner's certificates, in the profile's order.</summary>
    public IReadOnlyList<X509Certificate2> Partners => _loaded.Value.Partners;

    /// <summary>The certificate we sign with and answer challenges with: the first of ours valid now.</summary>
    public X509Certificate2? Signer => Ours.FirstOrDefault(c => CertificateListCheck.IsValidAt(c, DateTimeOffset.UtcNow));

    /// <summary>The partner certificate we encrypt files and challenges to: its newest valid now.</summary>
    public X509Certificate2? Recipient => CertificateCheck.SelectValid(Partners, DateTimeOffset.UtcNow).FirstOrDefault();

    private static IReadOnlyList<X509Certificate2> Load(
        IReadOnlyList<Oftp2CertificateReference> references,
        string pointer,
        Func<Oftp2CertificateReference, X509Certificate2> load,
        string partner,
        ILogger logger)
    {
        var certificates = new List<X509Certificate2>();
        for (var index = 0; index < references.Count; index++)
        {
            try
            {
                certificates.Add(load(references[index]));
            }
            catch (CertificateReferenceException e)
            {
                logger.LogWarning("The certificate at {Pointer}/{Index}/{Field} of {Partner}'s profile is left out: {Problem}", pointer, index, e.Field, partner, e.Message);
            }
        }

        return certificates;
    }
}
