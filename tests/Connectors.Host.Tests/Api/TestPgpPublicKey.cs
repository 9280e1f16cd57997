using Org.BouncyCastle.Bcpg;
using Org.BouncyCastle.Bcpg.OpenPgp;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace Connectors.Host.Tests.Api;

/// <summary>An RSA OpenPGP public key, written armored as <c>gpg --armor --export</c> writes it, with its id and fingerprint.</summary>
public sealed record TestPgpPublicKey(string File, string KeyId, string Fingerprint)
{
    public static TestPgpPublicKey Write(string path)
    {
        var random = new SecureRandom();
        var generator = new RsaKeyPairGenerator();

        // Small and quick: the key is only listed, never used.
        generator.Init(new RsaKeyGenerationParameters(BigInteger.ValueOf(0x10001), random, 1024, 12));
        var pair = new PgpKeyPair(PublicKeyAlgorithmTag.RsaGeneral, generator.GenerateKeyPair(), DateTime.UtcNow);
        var rings = new PgpKeyRingGenerator(
            PgpSignature.PositiveCertification, pair, "partner <partner@example.com>", SymmetricKeyAlgorithmTag.Aes256,
            "unused".ToCharArray(), true, null, null, random);
        using (var file = System.IO.File.Create(path))
        using (var armored = new ArmoredOutputStream(file))
        {
            rings.GeneratePublicKeyRing().Encode(armored);
        }

        return new TestPgpPublicKey(path, pair.KeyId.ToString("X16", System.Globalization.CultureInfo.InvariantCulture), Convert.ToHexString(pair.PublicKey.GetFingerprint()));
    }
}
