using System.Security.Cryptography;
using System.Text;
using Connectors.Ota.Profiles;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;
using Microsoft.Extensions.Logging;

namespace Connectors.Ota.Receiving;

/// <summary>
/// The accounts partners may post with: the user names and passwords of the named OTA profiles, read
/// from the operations store at each request, so an edited profile applies without a restart.
/// </summary>
internal sealed class OtaAccounts(IOperationsStore operations, IReadOnlyList<string> profileNames, ILogger logger)
{
    /// <summary>Fails when a named profile is missing or not an OTA profile, so a listener does not start without its accounts.</summary>
    public void EnsureKnown()
    {
        foreach (var name in profileNames)
        {
            try
            {
                _ = operations.Get<OtaProfile>(name);
            }
            catch (ConnectorException e)
            {
                throw new ConnectorException(ConnectorErrorKind.Configuration, $"account '{name}' of the receiver: {e.Message}", e, propertyKeys: ["/accounts"]);
            }
        }
    }

    /// <summary>
    /// The profile whose user name and password both match, or null. Every account is compared, each in
    /// constant time and both fields always, so neither the answer nor its timing tells which field was wrong.
    /// </summary>
    public string? Authenticate(string username, string password)
    {
        var offeredUser = Hash(username);
        var offeredPassword = Hash(password);
        string? matched = null;
        foreach (var (name, profile, expectedPassword) in Resolve())
        {
            var userMatches = CryptographicOperations.FixedTimeEquals(Hash(profile.Username), offeredUser);
            var passwordMatches = CryptographicOperations.FixedTimeEquals(Hash(expectedPassword), offeredPassword);
            if (userMatches & passwordMatches)
            {
                matched ??= name;
            }
        }

        return matched;
    }

    /// <summary>The password of the first account with <paramref name="username"/>, for Digest; null for a user no account has.</summary>
    public string? PasswordOf(string username) =>
        Resolve().Where(a => string.Equals(a.Profile.Username, username, StringComparison.Ordinal)).Select(a => a.Password).FirstOrDefault();

    private IEnumerable<(string Name, OtaProfile Profile, string Password)> Resolve()
    {
        foreach (var name in profileNames)
        {
            OtaProfile profile;
            string password;
            try
            {
                profile = operations.Get<OtaProfile>(name);
                password = profile.Password.Reveal();
            }
            catch (Exception e) when (e is ConnectorException or SecretResolutionException)
            {
                // One broken account must not lock out the others; it just cannot match.
                OtaReceiverLog.AccountUnusable(logger, name, e.Message);
                continue;
            }

            yield return (name, profile, password);
        }
    }

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
