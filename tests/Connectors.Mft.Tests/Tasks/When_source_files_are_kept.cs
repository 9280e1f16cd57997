using Connectors.Mft.Tests.Tasks.Fixtures;
using Connectors.Sdk.Tasks;

namespace Connectors.Mft.Tests.Tasks;

public sealed class When_source_files_are_kept
{
    [Fact]
    public async Task The_files_arrive_and_stay_at_the_source_without_a_removal_step()
    {
        await using var workspace = new MftWorkspace();
        var content = TestFiles.Content(2000, 18);
        var source = workspace.WriteSource("keep.txt", content);
        var definition = MftWorkspace.Definition();
        definition["source"]!["keepSourceFiles"] = true;

        var (runId, result) = await workspace.RunAsync(definition);
        var steps = await workspace.StepsAsync(runId);

        Assert.True(result.State == TaskRunState.Completed, $"the run should complete: {result.Error}");
        Assert.True(File.ReadAllBytes(Path.Combine(workspace.DestinationFolder, "keep.txt")).SequenceEqual(content), "the file should arrive intact");
        Assert.True(File.Exists(source), "the source file should be kept");
        Assert.True(steps.All(s => s.Step != "remove-source"), $"no removal step should run: {string.Join(", ", steps.Select(s => s.Step))}");
    }
}
