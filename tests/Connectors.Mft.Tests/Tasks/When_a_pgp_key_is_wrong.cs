using Connectors.Mft.Tests.Tasks.Fixtures;
using Newtonsoft.Json.Linq;

namespace Connectors.Mft.Tests.Tasks;

public sealed class When_a_pgp_key_is_wrong
{
    [Fact]
    public async Task A_recipient_whose_file_is_a_private_key_fails_the_encrypt_step_naming_the_profile()
    {
        var error = await RunWithRecipient(keys => (keys.PrivateKeyFile, "is not an OpenPGP public key"));

        Assert.True(error.Contains("gpg --armor --export", StringComparison.Ordinal), $"the error should say how to export a public key: {error}");
    }

    [Fact]
    public async Task A_recipient_whose_file_is_missing_fails_the_encrypt_step_naming_the_file()
    {
        await RunWithRecipient(_ => ("/nonexistent/partner.asc", "/nonexistent/partner.asc does not exist"));
    }

    private static async Task<string> RunWithRecipient(Func<TestPgpKeys, (string File, string Expected)> choose)
    {
        await using var workspace = new MftWorkspace();
        var (file, expected) = choose(TestPgpKeys.First);
        workspace.WritePgpKey("partner-key", file);
        var content = TestFiles.Content(1000, 10);
        var source = workspace.WriteSource("data.txt", content);
        var definition = MftWorkspace.Definition();
        definition["encryption"] = new JObject { ["mode"] = "OpenPgp", ["recipients"] = new JArray("partner-key") };

        var (_, result) = await workspace.RunAsync(definition);

        BadInput.AssertFailedWithoutHarm(result, "encrypt", source, content, workspace.DestinationFolder);
        Assert.True(result.Error?.Contains("pgp-key profile 'partner-key'", StringComparison.Ordinal) == true, $"the error should name the key profile: {result.Error}");
        Assert.True(result.Error?.Contains(expected, StringComparison.Ordinal) == true, $"the error should say '{expected}': {result.Error}");
        return result.Error!;
    }
}
