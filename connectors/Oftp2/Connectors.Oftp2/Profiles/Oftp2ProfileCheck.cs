using Connectors.Sdk.Profiles;

namespace Connectors.Oftp2.Profiles;

/// <summary>
/// The checks of an OFTP2 profile that its schema cannot express: its certificates load and meet Odette's policy,
/// and the security services it asks for have the certificates they need. Findings name JSON pointers and files,
/// never a password.
/// </summary>
internal static class Oftp2ProfileCheck
{
    public static IEnumerable<Finding> Run(Oftp2Profile profile, string source, DateTimeOffset now)
    {
        var ours = CertificateListCheck.Check(source, "/security/localCertificates", profile.Security.LocalCertificates, own: true, now);
        var theirs = CertificateListCheck.Check(source, "/security/partnerCertificates", profile.Security.PartnerCertificates, own: false, now);
        return ours.Findings
            .Concat(theirs.Findings)
            .Concat(SecurityRequirementsCheck.Check(profile, source, ours.ValidNow, theirs.ValidNow))
            .ToList();
    }
}
