using Connectors.Mft.Tests.Tasks.Fixtures;
using Connectors.Sdk.Tasks;
using Newtonsoft.Json.Linq;

namespace Connectors.Mft.Tests.Tasks;

public sealed class When_files_are_encrypted_and_signed
{
    [Theory]
    [InlineData(false, ".pgp")]
    [InlineData(true, ".asc")]
    public async Task Every_recipient_can_decrypt_and_the_signature_verifies(bool armor, string extension)
    {
        await using var workspace = new MftWorkspace();
        var alice = TestPgpKeys.First;
        var bob = TestPgpKeys.Second;
        workspace.WritePgpKey("alice", alice.PublicKeyFile, alice.PrivateKeyFile, alice.Passphrase);
        workspace.WritePgpKey("bob", bob.PublicKeyFile);
        var content = TestFiles.Content(250_000, 5);
        workspace.WriteSource("statement.csv", content);
        var definition = MftWorkspace.Definition("Bank.Statements");
        definition["compression"] = "Gzip";
        definition["encryption"] = new JObject
        {
            ["mode"] = "OpenPgp",
            ["recipients"] = new JArray("alice", "bob"),
            ["sign"] = true,
            ["signingKey"] = "alice",
            ["armor"] = armor,
        };

        var (runId, result) = await workspace.RunAsync(definition);
        var log = MftWorkspace.Describe(await workspace.LogAsync(runId));
        var arrived = Path.Combine(workspace.DestinationFolder, "statement.csv.gz" + extension);

        Assert.True(result.State == TaskRunState.Completed, $"the run should complete: {result.Error}{Environment.NewLine}{log}");
        Assert.True(File.Exists(arrived), $"the file should arrive as statement.csv.gz{extension}: {string.Join(", ", Directory.GetFiles(workspace.DestinationFolder))}");
        Assert.True(File.ReadAllText(arrived).StartsWith("-----BEGIN PGP MESSAGE-----", StringComparison.Ordinal) == armor, $"armor {armor} should {(armor ? string.Empty : "not ")}write an ASCII-armored message");
        foreach (var (keys, name) in new[] { (alice, "alice"), (bob, "bob") })
        {
            var (clear, decryption) = TestDecryption.Decrypt(arrived, keys, alice);
            Assert.True(Gunzip(clear).SequenceEqual(content), $"{name} should decrypt the original content");
            Assert.True(decryption.Signed && decryption.SignatureVerified, $"{name} should find alice's signature and verify it");
            Assert.True(decryption.FileName == "statement.csv.gz", $"the literal data should carry the file name, not '{decryption.FileName}'");
        }
    }

    private static byte[] Gunzip(byte[] compressed)
    {
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
        using var copy = new MemoryStream();
        gzip.CopyTo(copy);
        return copy.ToArray();
    }
}
