using Connectors.Mft.Endpoints;
using Connectors.Mft.Tests.Tasks.Fixtures;
using Connectors.Sdk.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Connectors.Mft.Tests.Tasks;

public sealed class When_the_work_folder_is_gone_before_a_restart
{
    [Fact]
    public async Task The_steps_that_made_it_run_again_and_the_transfer_starts_the_file_afresh()
    {
        var opener = new FailingOnceLocalOpener("data.bin");
        await using var workspace = new MftWorkspace(c => c.Services.AddSingleton<IEndpointOpener>(opener));
        var keys = TestPgpKeys.First;
        workspace.WritePgpKey("partner", keys.PublicKeyFile, keys.PrivateKeyFile, keys.Passphrase);
        var content = TestFiles.Content(1_000_000, 17);
        workspace.WriteSource("data.bin", content);
        var definition = MftWorkspace.Definition("Ops.Rebuild");
        definition["encryption"] = new JObject { ["mode"] = "OpenPgp", ["recipients"] = new JArray("partner") };

        var (runId, failed) = await workspace.RunAsync(definition);
        Directory.Delete(Path.Combine(workspace.State.SpoolDirectory, "mft", runId), recursive: true);
        var restarted = await workspace.RestartAsync(runId);
        var log = await workspace.LogAsync(runId);
        var described = MftWorkspace.Describe(log);

        Assert.True(failed.FailedStep == "transfer", $"the first attempt should fail in transfer: {failed.FailedStep} {failed.Error}");
        Assert.True(restarted.State == TaskRunState.Completed, $"the restart should complete: {restarted.Error}{Environment.NewLine}{described}");
        Assert.True(log.Count(e => e.Message == "its work files are gone; running it again") == 2, $"stage and encrypt should run again:{Environment.NewLine}{described}");
        Assert.True(!log.Any(e => e.Message.StartsWith("resuming at byte", StringComparison.Ordinal)), $"a partial file of the old ciphertext must not be continued:{Environment.NewLine}{described}");
        var (decrypted, _) = TestDecryption.Decrypt(Path.Combine(workspace.DestinationFolder, "data.bin.pgp"), keys);
        Assert.True(decrypted.SequenceEqual(content), "the file at the destination should decrypt to the source content");
    }
}
