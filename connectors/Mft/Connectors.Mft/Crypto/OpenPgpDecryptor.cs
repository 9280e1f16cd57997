using Connectors.Sdk.Errors;
using Org.BouncyCastle.Bcpg.OpenPgp;

namespace Connectors.Mft.Crypto;

/// <summary>
/// Decrypts an OpenPGP message (armored or binary, compressed or not, signed or not) as it reads it,
/// checks its integrity packet, and verifies a one-pass signature against the keys given.
/// </summary>
public static class OpenPgpDecryptor
{
    private const int BufferSize = 1 << 16;

    /// <param name="input">The encrypted message.</param>
    /// <param name="output">Where the clear content goes.</param>
    /// <param name="privateKeyFor">Our private key of a key id, unlocked; null when we do not hold it.</param>
    /// <param name="verificationKeys">Public keys of signers to verify against; null to skip verification.</param>
    /// <param name="cancellationToken">Stops between buffers.</param>
    public static OpenPgpDecryption Decrypt(Stream input, Stream output, Func<long, PgpPrivateKey?> privateKeyFor, PgpPublicKeyRingBundle? verificationKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(privateKeyFor);
        try
        {
            var factory = new PgpObjectFactory(PgpUtilities.GetDecoderStream(input));
            var first = factory.NextPgpObject();
            var list = first as PgpEncryptedDataList ?? factory.NextPgpObject() as PgpEncryptedDataList
                ?? throw new ConnectorException(ConnectorErrorKind.Encoding, "the file is not an OpenPGP encrypted message");
            var candidates = list.GetEncryptedDataObjects().OfType<PgpPublicKeyEncryptedData>().ToList();
            var (data, key) = candidates.Select(d => (Data: d, Key: privateKeyFor(d.KeyId))).FirstOrDefault(c => c.Key is not null);
            if (data is null || key is null)
            {
                throw new ConnectorException(
                    ConnectorErrorKind.Configuration,
                    $"none of our private keys can decrypt the file; it is encrypted to key ids {string.Join(", ", candidates.Select(c => c.KeyId.ToString("X16", System.Globalization.CultureInfo.InvariantCulture)))}");
            }

            using var clear = data.GetDataStream(key);
            var result = ReadMessage(new PgpObjectFactory(clear), output, verificationKeys, cancellationToken);
            if (data.IsIntegrityProtected() && !data.Verify())
            {
                throw new ConnectorException(ConnectorErrorKind.Encoding, "the file's integrity check failed: it was changed after it was encrypted");
            }

            return result;
        }
        catch (PgpException e)
        {
            throw new ConnectorException(ConnectorErrorKind.Encoding, $"the file cannot be decrypted: {e.Message}", e);
        }
    }

    private static OpenPgpDecryption ReadMessage(PgpObjectFactory factory, Stream output, PgpPublicKeyRingBundle? verificationKeys, CancellationToken cancellationToken)
    {
        var message = factory.NextPgpObject();
        if (message is PgpCompressedData compressed)
        {
            factory = new PgpObjectFactory(compressed.GetDataStream());
            message = factory.NextPgpObject();
        }

        PgpOnePassSignature? onePass = null;
        if (message is PgpOnePassSignatureList onePassList)
        {
            onePass = onePassList[0];
            var signerKey = verificationKeys?.GetPublicKey(onePass.KeyId);
            if (signerKey is not null)
            {
                onePass.InitVerify(signerKey);
            }
            else
            {
                onePass = null;
            }

            message = factory.NextPgpObject();
            if (signerKey is null)
            {
                return Copy((PgpLiteralData)message, output, null, cancellationToken) with { Signed = true, SignerKeyId = onePassList[0].KeyId };
            }
        }

        var literal = message as PgpLiteralData
            ?? throw new ConnectorException(ConnectorErrorKind.Encoding, $"the decrypted message holds a {message?.GetType().Name ?? "nothing"} where its content was expected");
        var read = Copy(literal, output, onePass, cancellationToken);
        if (onePass is null)
        {
            return read;
        }

        var signatures = (PgpSignatureList)factory.NextPgpObject();
        return read with { Signed = true, SignatureVerified = onePass.Verify(signatures[0]), SignerKeyId = onePass.KeyId };
    }

    private static OpenPgpDecryption Copy(PgpLiteralData literal, Stream output, PgpOnePassSignature? onePass, CancellationToken cancellationToken)
    {
        using var content = literal.GetInputStream();
        var buffer = new byte[BufferSize];
        int read;
        while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.Write(buffer, 0, read);
            onePass?.Update(buffer, 0, read);
        }

        return new OpenPgpDecryption(literal.FileName, Signed: false, SignatureVerified: false, SignerKeyId: null);
    }
}
