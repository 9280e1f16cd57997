using Org.BouncyCastle.Bcpg;
using Org.BouncyCastle.Bcpg.OpenPgp;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace Connectors.Mft.Tests.Tasks.Fixtures;

/// <summary>An RSA OpenPGP key (signing primary, encryption subkey), written armored as GnuPG exports it.</summary>
public sealed record TestPgpKeys(string PublicKeyFile, string PrivateKeyFile, string Passphrase)
{
    private static readonly Lazy<TestPgpKeys> Alice = new(() => Generate("alice", "alice passphrase"));
    private static readonly Lazy<TestPgpKeys> Bob = new(() => Generate("bob", "bob passphrase"));

    /// <summary>Generated once per test run: RSA generation takes a second or so.</summary>
    public static TestPgpKeys First => Alice.Value;

    public static TestPgpKeys Second => Bob.Value;

    public static TestPgpKeys Generate(string name, string passphrase)
    {
        var folder = Path.Combine(Path.GetTempPath(), "connectors-mft-keys", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var random = new SecureRandom();
        var generator = new RsaKeyPairGenerator();
        generator.Init(new RsaKeyGenerationParameters(BigInteger.ValueOf(0x10001), random, 2048, 12));
        var now = DateTime.UtcNow;
        var primary = new PgpKeyPair(PublicKeyAlgorithmTag.RsaGeneral, generator.GenerateKeyPair(), now);
        var subkey = new PgpKeyPair(PublicKeyAlgorithmTag.RsaGeneral, generator.GenerateKeyPair(), now);
        var signing = new PgpSignatureSubpacketGenerator();
        signing.SetKeyFlags(false, PgpKeyFlags.CanSign | PgpKeyFlags.CanCertify);
        var encryption = new PgpSignatureSubpacketGenerator();
        encryption.SetKeyFlags(false, PgpKeyFlags.CanEncryptCommunications | PgpKeyFlags.CanEncryptStorage);
        var rings = new PgpKeyRingGenerator(
            PgpSignature.PositiveCertification, primary, $"{name} <{name}@example.com>", SymmetricKeyAlgorithmTag.Aes256,
            passphrase.ToCharArray(), true, signing.Generate(), null, random);
        rings.AddSubKey(subkey, encryption.Generate(), null);

        var keys = new TestPgpKeys(Path.Combine(folder, name + ".pub.asc"), Path.Combine(folder, name + ".sec.asc"), passphrase);
        Write(keys.PublicKeyFile, rings.GeneratePublicKeyRing().Encode);
        Write(keys.PrivateKeyFile, rings.GenerateSecretKeyRing().Encode);
        return keys;
    }

    private static void Write(string path, Action<Stream> encode)
    {
        using var file = File.Create(path);
        using var armored = new ArmoredOutputStream(file);
        encode(armored);
    }
}
