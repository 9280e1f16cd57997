using Connectors.Sdk.Errors;
using Org.BouncyCastle.Bcpg.OpenPgp;

namespace Connectors.Mft.Crypto;

/// <summary>
/// Reads armored (or binary) OpenPGP key files as GnuPG exports them. A file that is missing or holds
/// the wrong kind of key fails with a configuration error naming the file and the export command that
/// makes the right one.
/// </summary>
public static class OpenPgpKeyFiles
{
    /// <summary>The key to encrypt to: an encryption subkey when there is one, else an encryption-capable primary key.</summary>
    public static PgpPublicKey ReadEncryptionKey(string file, string owner)
    {
        var bundle = Read(file, owner, "public key", "gpg --armor --export <key id>", s => new PgpPublicKeyRingBundle(s));
        var keys = bundle.GetKeyRings().Cast<PgpPublicKeyRing>().SelectMany(r => r.GetPublicKeys().Cast<PgpPublicKey>()).ToList();
        return keys.Where(k => k.IsEncryptionKey && !k.IsRevoked()).OrderBy(k => k.IsMasterKey).FirstOrDefault()
            ?? throw Wrong(file, owner, "public key", "it holds no key that can encrypt", "gpg --armor --export <key id>");
    }

    /// <summary>Every public key of the file, to verify signatures with.</summary>
    public static PgpPublicKeyRingBundle ReadPublicKeys(string file, string owner) =>
        Read(file, owner, "public key", "gpg --armor --export <key id>", s => new PgpPublicKeyRingBundle(s));

    /// <summary>The private keys of the file, still locked by their passphrase.</summary>
    public static PgpSecretKeyRingBundle ReadSecretKeys(string file, string owner) =>
        Read(file, owner, "private key", "gpg --armor --export-secret-keys <key id>", s => new PgpSecretKeyRingBundle(s));

    /// <summary>The signing key of the file, unlocked with <paramref name="passphrase"/>.</summary>
    public static OpenPgpSigningKey ReadSigningKey(string file, string owner, string passphrase)
    {
        var bundle = ReadSecretKeys(file, owner);
        var secret = bundle.GetKeyRings().Cast<PgpSecretKeyRing>()
            .SelectMany(r => r.GetSecretKeys().Cast<PgpSecretKey>())
            .FirstOrDefault(k => k.IsSigningKey && !k.IsPrivateKeyEmpty)
            ?? throw Wrong(file, owner, "private key", "it holds no key that can sign", "gpg --armor --export-secret-keys <key id>");
        return new OpenPgpSigningKey(secret.PublicKey, Unlock(secret, owner, passphrase));
    }

    /// <summary>Unlocks a private key; a wrong passphrase is a configuration error naming the profile, never the passphrase.</summary>
    public static PgpPrivateKey Unlock(PgpSecretKey secret, string owner, string passphrase)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(passphrase);
        try
        {
            return secret.ExtractPrivateKey(passphrase.ToCharArray());
        }
        catch (PgpException e)
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"{owner}: the passphrase does not unlock private key {secret.KeyId:X16}; fix /passphrase",
                e,
                propertyKeys: ["/passphrase"]);
        }
    }

    private static T Read<T>(string file, string owner, string kind, string export, Func<Stream, T> parse)
    {
        if (!File.Exists(file))
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"{owner}: {kind} file {file} does not exist; export it with {export}");
        }

        try
        {
            using var stream = File.OpenRead(file);
            using var decoded = PgpUtilities.GetDecoderStream(stream);
            var result = parse(decoded);
            var count = result switch
            {
                PgpPublicKeyRingBundle p => p.Count,
                PgpSecretKeyRingBundle s => s.Count,
                _ => 1,
            };
            return count > 0 ? result : throw Wrong(file, owner, kind, "it holds no key", export);
        }
        catch (Exception e) when (e is PgpException or IOException or InvalidCastException or ArgumentException)
        {
            throw Wrong(file, owner, kind, $"it cannot be read as one ({e.Message})", export, e);
        }
    }

    private static ConnectorException Wrong(string file, string owner, string kind, string why, string export, Exception? inner = null) =>
        new(ConnectorErrorKind.Configuration, $"{owner}: {file} is not an OpenPGP {kind}: {why}; export one with {export}", inner);
}
