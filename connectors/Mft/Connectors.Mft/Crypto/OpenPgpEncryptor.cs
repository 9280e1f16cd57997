using Org.BouncyCastle.Bcpg;
using Org.BouncyCastle.Bcpg.OpenPgp;
using Org.BouncyCastle.Security;

namespace Connectors.Mft.Crypto;

/// <summary>
/// Encrypts a stream to OpenPGP recipients as it reads it (memory stays flat for any size): AES-256 with
/// an integrity packet (MDC), a session key any one recipient can open, and optionally a one-pass
/// signature, so the receiver verifies while it decrypts.
/// </summary>
public static class OpenPgpEncryptor
{
    private const int BufferSize = 1 << 16;

    public static void Encrypt(
        Stream input,
        Stream output,
        string fileName,
        DateTime modifiedUtc,
        IReadOnlyList<PgpPublicKey> recipients,
        OpenPgpSigningKey? signer,
        bool armor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(recipients);
        if (recipients.Count == 0)
        {
            throw new ArgumentException("at least one recipient is needed", nameof(recipients));
        }

        var armored = armor ? new ArmoredOutputStream(output) : null;
        try
        {
            var generator = new PgpEncryptedDataGenerator(SymmetricKeyAlgorithmTag.Aes256, true, new SecureRandom());
            foreach (var recipient in recipients)
            {
                generator.AddMethod(recipient);
            }

            using var encrypted = generator.Open(armored ?? output, new byte[BufferSize]);
            var signature = signer is null ? null : StartSignature(signer, encrypted);
            var literalGenerator = new PgpLiteralDataGenerator();
            using (var literal = literalGenerator.Open(encrypted, PgpLiteralData.Binary, fileName, modifiedUtc, new byte[BufferSize]))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    literal.Write(buffer, 0, read);
                    signature?.Update(buffer, 0, read);
                }
            }

            signature?.Generate().Encode(encrypted);
        }
        finally
        {
            // Closing the armor writes its checksum and footer; the caller still owns the output.
            armored?.Dispose();
        }
    }

    private static PgpSignatureGenerator StartSignature(OpenPgpSigningKey signer, Stream encrypted)
    {
        var generator = new PgpSignatureGenerator(signer.PublicKey.Algorithm, HashAlgorithmTag.Sha256);
        generator.InitSign(PgpSignature.BinaryDocument, signer.PrivateKey);
        var userId = signer.PublicKey.GetUserIds().Cast<object>().OfType<string>().FirstOrDefault();
        if (userId is not null)
        {
            var subpackets = new PgpSignatureSubpacketGenerator();
            subpackets.SetSignerUserId(false, userId);
            generator.SetHashedSubpackets(subpackets.Generate());
        }

        generator.GenerateOnePassVersion(false).Encode(encrypted);
        return generator;
    }
}
