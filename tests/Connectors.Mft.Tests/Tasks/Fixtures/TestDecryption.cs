using Connectors.Mft.Crypto;

namespace Connectors.Mft.Tests.Tasks.Fixtures;

/// <summary>Decrypts what a run wrote with a test key, verifying the signature against <c>signer</c> when given.</summary>
public static class TestDecryption
{
    public static (byte[] Clear, OpenPgpDecryption Decryption) Decrypt(string path, TestPgpKeys recipient, TestPgpKeys? signer = null)
    {
        var secrets = OpenPgpKeyFiles.ReadSecretKeys(recipient.PrivateKeyFile, "test");
        using var input = File.OpenRead(path);
        using var output = new MemoryStream();
        var decryption = OpenPgpDecryptor.Decrypt(
            input,
            output,
            id => secrets.GetSecretKey(id) is { } key ? OpenPgpKeyFiles.Unlock(key, "test", recipient.Passphrase) : null,
            signer is null ? null : OpenPgpKeyFiles.ReadPublicKeys(signer.PublicKeyFile, "test"),
            CancellationToken.None);
        return (output.ToArray(), decryption);
    }
}
