using System.Globalization;
using Connectors.Mft.Tests.Tasks.Fixtures;
using Connectors.Sdk.Tasks;
using Newtonsoft.Json.Linq;

namespace Connectors.Mft.Tests.Tasks;

public sealed class When_destination_files_are_renamed
{
    [Fact]
    public async Task Groups_and_date_tokens_of_the_run_start_make_the_final_name_and_a_restart_keeps_it()
    {
        await using var workspace = new MftWorkspace();
        var content = TestFiles.Content(5000, 13);
        workspace.WriteSource("INV_0042.csv", content);
        var definition = MftWorkspace.Definition();
        definition["destination"]!["rename"] = new JObject { ["search"] = @"^INV_(\d+)\.csv$", ["replace"] = "invoice-${1}-{yyyyMMdd}-{HHmmss}.csv" };

        var (runId, result) = await workspace.RunAsync(definition);
        var run = await workspace.State.Checkpoints.GetRunAsync(runId, CancellationToken.None);
        var start = run!.StartedAt.UtcDateTime;
        var expected = string.Create(CultureInfo.InvariantCulture, $"invoice-0042-{start:yyyyMMdd}-{start:HHmmss}.csv");

        Assert.True(result.State == TaskRunState.Completed, $"the run should complete: {result.Error}");
        Assert.True(File.Exists(Path.Combine(workspace.DestinationFolder, expected)), $"the file should arrive as {expected}: {string.Join(", ", Directory.GetFiles(workspace.DestinationFolder).Select(Path.GetFileName))}");
        Assert.True(File.ReadAllBytes(Path.Combine(workspace.DestinationFolder, expected)).SequenceEqual(content), "the renamed file should hold the content");
    }

    [Fact]
    public async Task A_replacement_that_makes_no_file_name_fails_the_transfer_naming_the_rule()
    {
        await using var workspace = new MftWorkspace();
        var content = TestFiles.Content(5000, 14);
        var source = workspace.WriteSource("a.csv", content);
        var definition = MftWorkspace.Definition();
        definition["destination"]!["rename"] = new JObject { ["search"] = "^(.*)$", ["replace"] = "../${1}" };

        var (_, result) = await workspace.RunAsync(definition);

        BadInput.AssertFailedWithoutHarm(result, "transfer", source, content, workspace.DestinationFolder);
        Assert.True(result.Error?.Contains("/destination/rename", StringComparison.Ordinal) == true, $"the error should name the rename rule: {result.Error}");
    }
}
