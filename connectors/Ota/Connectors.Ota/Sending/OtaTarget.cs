using Connectors.Ota.Profiles;
using Connectors.Ota.Protocol.Envelope;

namespace Connectors.Ota.Sending;

/// <summary>Where a profile posts, checked: an absolute http or https URL whose scheme fits the protocol type.</summary>
internal sealed record OtaTarget(Uri Address, OtaProtocolType ProtocolType, string Description)
{
    public static OtaTarget From(string profileName, OtaProfile profile)
    {
        if (string.IsNullOrWhiteSpace(profile.ProtocolAddress))
        {
            throw OtaSendFailures.Configuration($"profile '{profileName}' has no protocol address to send to", OtaSendFailures.AddressKey);
        }

        if (!Uri.TryCreate(profile.ProtocolAddress.Trim(), UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw OtaSendFailures.UnknownProtocolType(profileName, "the protocol address is not an absolute http or https URL");
        }

        var secure = profile.ProtocolType.IsSecure();
        if (secure != (address.Scheme == Uri.UriSchemeHttps))
        {
            throw OtaSendFailures.UnknownProtocolType(
                profileName,
                $"protocol type {profile.ProtocolType.WireName()} needs an {(secure ? "https" : "http")} address, not {address.Scheme}");
        }

        return new OtaTarget(address, profile.ProtocolType, $"partner '{profileName}' at {address.GetLeftPart(UriPartial.Path)}");
    }
}
