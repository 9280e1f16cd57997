using Connectors.Mft.Tests.Crypto.Fixtures;
using Connectors.Mft.Tests.Tasks.Fixtures;
using Connectors.Sdk.Tasks;
using Newtonsoft.Json.Linq;

namespace Connectors.Mft.Tests.Crypto;

public sealed class When_gnupg_reads_what_the_task_wrote
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GnuPG_decrypts_the_file_and_verifies_its_signature(bool armor)
    {
        using var gpg = new GnuPg();
        await gpg.GenerateKeyAsync("partner@example.com", "partner passphrase");
        await using var workspace = new MftWorkspace();
        var partnerPublic = Path.Combine(workspace.Root, "partner.pub.asc");
        await gpg.RunAsync("--armor", "--output", partnerPublic, "--export", "partner@example.com");
        var ours = TestPgpKeys.First;
        await gpg.RunAsync("--import", ours.PublicKeyFile);
        workspace.WritePgpKey("partner", partnerPublic);
        workspace.WritePgpKey("ours", ours.PublicKeyFile, ours.PrivateKeyFile, ours.Passphrase);
        var content = TestFiles.Content(400_000, 11);
        workspace.WriteSource("payments.xml", content);
        var definition = MftWorkspace.Definition("Treasury.Payments");
        definition["encryption"] = new JObject { ["mode"] = "OpenPgp", ["recipients"] = new JArray("partner"), ["sign"] = true, ["signingKey"] = "ours", ["armor"] = armor };

        var (_, result) = await workspace.RunAsync(definition);
        var written = Path.Combine(workspace.DestinationFolder, "payments.xml" + (armor ? ".asc" : ".pgp"));
        var clear = Path.Combine(workspace.Root, "clear.xml");
        var decrypted = await gpg.RunAsync("--pinentry-mode", "loopback", "--passphrase", "partner passphrase", "--output", clear, "--decrypt", written);

        Assert.True(result.State == TaskRunState.Completed, $"the run should complete: {result.Error}");
        Assert.True(File.ReadAllBytes(clear).SequenceEqual(content), "GnuPG should decrypt the original content");
        Assert.True(decrypted.Error.Contains("[GNUPG:] DECRYPTION_OKAY", StringComparison.Ordinal), $"GnuPG should report the decryption okay:{Environment.NewLine}{decrypted.Error}");
        Assert.True(decrypted.Error.Contains("[GNUPG:] GOODMDC", StringComparison.Ordinal), $"GnuPG should find the integrity packet good:{Environment.NewLine}{decrypted.Error}");
        Assert.True(decrypted.Error.Contains("[GNUPG:] GOODSIG", StringComparison.Ordinal) && decrypted.Error.Contains("alice@example.com", StringComparison.Ordinal), $"GnuPG should verify our signature:{Environment.NewLine}{decrypted.Error}");
    }
}
