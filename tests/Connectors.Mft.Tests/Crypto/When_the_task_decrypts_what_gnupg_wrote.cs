using Connectors.Mft.Crypto;
using Connectors.Mft.Profiles;
using Connectors.Mft.Tests.Crypto.Fixtures;
using Connectors.Mft.Tests.Tasks.Fixtures;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Secrets;

namespace Connectors.Mft.Tests.Crypto;

public sealed class When_the_task_decrypts_what_gnupg_wrote
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_content_comes_back_and_the_gnupg_signature_verifies(bool armor)
    {
        using var gpg = new GnuPg();
        const string passphrase = "our passphrase";
        await gpg.GenerateKeyAsync("ours@example.com", passphrase);
        var folder = Path.Combine(gpg.Home, "files");
        Directory.CreateDirectory(folder);
        var secretFile = Path.Combine(folder, "ours.sec.asc");
        var publicFile = Path.Combine(folder, "ours.pub.asc");
        await gpg.RunAsync("--pinentry-mode", "loopback", "--passphrase", passphrase, "--armor", "--output", secretFile, "--export-secret-keys", "ours@example.com");
        await gpg.RunAsync("--armor", "--output", publicFile, "--export", "ours@example.com");
        var content = TestFiles.Content(300_000, 12);
        var clearFile = Path.Combine(folder, "report.csv");
        await File.WriteAllBytesAsync(clearFile, content);
        var encryptedFile = Path.Combine(folder, "report.csv.gpg");
        string[] armorOption = armor ? ["--armor"] : [];
        await gpg.RunAsync([
            "--pinentry-mode", "loopback", "--passphrase", passphrase, "--trust-model", "always", .. armorOption,
            "--recipient", "ours@example.com", "--local-user", "ours@example.com", "--sign", "--encrypt", "--output", encryptedFile, clearFile,
        ], expectSuccess: true);

        var operations = new InMemoryOperationsStore();
        operations.Set("ours", new PgpKeyProfile { PublicKeyFile = publicFile, PrivateKeyFile = secretFile, Passphrase = SecretValue.From(passphrase) });
        var keys = new PgpKeyProfiles(operations);
        using var input = File.OpenRead(encryptedFile);
        using var output = new MemoryStream();
        var decryption = OpenPgpDecryptor.Decrypt(input, output, keys.PrivateKeys(["ours"], "/keys"), OpenPgpKeyFiles.ReadPublicKeys(publicFile, "test"), CancellationToken.None);

        Assert.True(output.ToArray().SequenceEqual(content), "the task's crypto should decrypt GnuPG's message to the original content");
        Assert.True(decryption.Signed && decryption.SignatureVerified, "GnuPG's signature should verify");
        Assert.True(decryption.FileName == "report.csv", $"the file name inside should be report.csv, not '{decryption.FileName}'");
    }

    [Fact]
    public void A_wrong_passphrase_names_the_profile_and_not_the_passphrase()
    {
        var keys = TestPgpKeys.First;
        var operations = new InMemoryOperationsStore();
        operations.Set("ours", new PgpKeyProfile { PrivateKeyFile = keys.PrivateKeyFile, Passphrase = SecretValue.From("not the passphrase") });

        var error = Assert.Throws<Sdk.Errors.ConnectorException>(() => new PgpKeyProfiles(operations).SigningKey("ours", "/encryption/signingKey"));

        Assert.True(error.Message.Contains("pgp-key profile 'ours'", StringComparison.Ordinal) && error.Message.Contains("/passphrase", StringComparison.Ordinal), $"the error should name the profile and field: {error.Message}");
        Assert.True(!error.Message.Contains("not the passphrase", StringComparison.Ordinal), "the error should never show the passphrase");
    }
}
