using Connectors.Mft.Profiles;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Profiles;
using Org.BouncyCastle.Bcpg.OpenPgp;

namespace Connectors.Mft.Crypto;

/// <summary>Turns pgp-key profile names into keys, with errors that name the profile and the field to fix.</summary>
public sealed class PgpKeyProfiles(IOperationsStore operations)
{
    /// <summary>The encryption key of each named recipient profile.</summary>
    public IReadOnlyList<PgpPublicKey> RecipientKeys(IEnumerable<string> names, string pointer)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Select(name =>
        {
            var profile = Get(name, pointer);
            var file = profile.PublicKeyFile
                ?? throw new ConnectorException(ConnectorErrorKind.Configuration, $"pgp-key profile '{name}' has no publicKeyFile to encrypt to; add one", propertyKeys: [pointer]);
            return OpenPgpKeyFiles.ReadEncryptionKey(file, $"pgp-key profile '{name}' (publicKeyFile)");
        }).ToList();
    }

    /// <summary>Our signing key from the named profile, unlocked with its passphrase.</summary>
    public OpenPgpSigningKey SigningKey(string name, string pointer)
    {
        var profile = Get(name, pointer);
        var file = profile.PrivateKeyFile
            ?? throw new ConnectorException(ConnectorErrorKind.Configuration, $"pgp-key profile '{name}' has no privateKeyFile to sign with; add one", propertyKeys: [pointer]);
        return OpenPgpKeyFiles.ReadSigningKey(file, $"pgp-key profile '{name}' (privateKeyFile)", profile.Passphrase?.Reveal() ?? string.Empty);
    }

    /// <summary>A lookup of our private keys by key id from the named profiles, for decrypting.</summary>
    public Func<long, PgpPrivateKey?> PrivateKeys(IEnumerable<string> names, string pointer)
    {
        ArgumentNullException.ThrowIfNull(names);
        var owners = names.Select(name =>
        {
            var profile = Get(name, pointer);
            var file = profile.PrivateKeyFile
                ?? throw new ConnectorException(ConnectorErrorKind.Configuration, $"pgp-key profile '{name}' has no privateKeyFile to decrypt with; add one", propertyKeys: [pointer]);
            var owner = $"pgp-key profile '{name}' (privateKeyFile)";
            return (Owner: owner, Keys: OpenPgpKeyFiles.ReadSecretKeys(file, owner), Passphrase: profile.Passphrase?.Reveal() ?? string.Empty);
        }).ToList();
        return keyId =>
        {
            foreach (var (owner, keys, passphrase) in owners)
            {
                if (keys.GetSecretKey(keyId) is { } secret)
                {
                    return OpenPgpKeyFiles.Unlock(secret, owner, passphrase);
                }
            }

            return null;
        };
    }

    private PgpKeyProfile Get(string name, string pointer)
    {
        if (operations.Find(name)?.Profile is PgpKeyProfile profile)
        {
            return profile;
        }

        var known = operations.List().Where(e => e.Profile is PgpKeyProfile).Select(e => e.Name).ToList();
        throw new ConnectorException(
            ConnectorErrorKind.Configuration,
            $"no pgp-key profile is named '{name}'; known keys: {(known.Count == 0 ? "none" : string.Join(", ", known))}",
            propertyKeys: [pointer]);
    }
}
