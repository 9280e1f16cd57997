using Connectors.Ota.Profiles;
using Connectors.Sdk.Hosting.Tls;

namespace Connectors.Ota.Sending;

/// <summary>The trust an OTA profile places in its partner's server certificate.</summary>
internal static class OtaTlsTrust
{
    public const string TrustedCertificatesKey = "/tls/trustedCertificates";

    public static ServerCertificateTrust From(string profileName, OtaTlsSettings settings) =>
        ServerCertificateTrust.Load(profileName, settings.TrustedCertificates, TrustedCertificatesKey);
}
