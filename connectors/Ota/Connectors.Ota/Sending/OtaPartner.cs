using Connectors.Ota.Profiles;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;

namespace Connectors.Ota.Sending;

/// <summary>A partner ready to post to: its profile, checked address and type, and its password resolved now.</summary>
internal sealed record OtaPartner(string ProfileName, OtaProfile Profile, OtaTarget Target, string Password)
{
    public static OtaPartner Resolve(IOperationsStore operations, string profileName)
    {
        var profile = operations.Get<OtaProfile>(profileName);
        var target = OtaTarget.From(profileName, profile);
        string password;
        try
        {
            password = profile.Password.Reveal();
        }
        catch (SecretResolutionException e)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"profile '{profileName}': {e.Message}", e, propertyKeys: ["/password"]);
        }

        return new OtaPartner(profileName, profile, target, password);
    }

    /// <summary>
    /// How long a queued message is held for the send working on it: the longest back-off plus both
    /// timeouts and a margin. Only after that may the queue's recovery take it, should the sender have died.
    /// </summary>
    public TimeSpan Claim =>
        TimeSpan.FromSeconds(Profile.Network.ConnectTimeoutSeconds + Profile.Network.ResponseTimeoutSeconds + Profile.Network.MaxBackoffSeconds + 30);
}
