using Connectors.Mft.Crypto;
using Connectors.Mft.Profiles;
using Connectors.Sdk.Errors;
using Org.BouncyCastle.Bcpg.OpenPgp;

namespace Connectors.Host.Api;

/// <summary>
/// The public facts of a <c>pgp-key</c> profile, read from its public key file: each key's id and
/// fingerprint, so a client can check it has the right key. The private key file is never opened.
/// </summary>
internal static class PgpKeyFacts
{
    public static object Of(string name, PgpKeyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (string.IsNullOrWhiteSpace(profile.PublicKeyFile))
        {
            return new { name, description = profile.Description, keys = Array.Empty<object>() };
        }

        try
        {
            var keys = OpenPgpKeyFiles.ReadPublicKeys(profile.PublicKeyFile, $"profile '{name}'")
                .GetKeyRings().Cast<PgpPublicKeyRing>()
                .SelectMany(ring => ring.GetPublicKeys().Cast<PgpPublicKey>())
                .Select(key => new
                {
                    keyId = key.KeyId.ToString("X16", System.Globalization.CultureInfo.InvariantCulture),
                    fingerprint = Convert.ToHexString(key.GetFingerprint()),
                    primary = key.IsMasterKey,
                    canEncrypt = key.IsEncryptionKey,
                })
                .ToList();
            return new { name, description = profile.Description, keys };
        }
        catch (ConnectorException e)
        {
            return new { name, description = profile.Description, keys = Array.Empty<object>(), problem = e.Message };
        }
    }
}
