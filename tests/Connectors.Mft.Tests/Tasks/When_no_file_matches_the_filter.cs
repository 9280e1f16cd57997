using System.Diagnostics;
using Connectors.Mft.Tests.Tasks.Fixtures;

namespace Connectors.Mft.Tests.Tasks;

public sealed class When_no_file_matches_the_filter
{
    [Fact]
    public async Task The_file_set_step_waits_its_minutes_then_fails_naming_the_filter_and_path()
    {
        await using var workspace = new MftWorkspace();
        var content = TestFiles.Content(1000, 7);
        var file = workspace.WriteSource("outbox/orders.csv", content);
        var definition = MftWorkspace.Definition();
        definition["source"]!["path"] = "outbox";
        definition["source"]!["filter"] = "*.xml|INV_????.txt";
        definition["source"]!["waitMinutes"] = 0.02;

        var watch = Stopwatch.StartNew();
        var (_, result) = await workspace.RunAsync(definition);

        BadInput.AssertFailedWithoutHarm(result, "file-set", file, content, workspace.DestinationFolder);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1), $"the step should wait about 1.2 s for a file, not {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(result.Error?.Contains("'*.xml|INV_????.txt'", StringComparison.Ordinal) == true, $"the error should name the filter: {result.Error}");
        Assert.True(result.Error?.Contains("'outbox'", StringComparison.Ordinal) == true, $"the error should name the path: {result.Error}");
    }

    [Fact]
    public async Task A_file_that_appears_within_the_wait_is_taken()
    {
        await using var workspace = new MftWorkspace();
        var definition = MftWorkspace.Definition();
        definition["source"]!["waitMinutes"] = 0.5;
        var content = TestFiles.Content(1000, 8);
        var late = Task.Run(async () =>
        {
            await Task.Delay(1500);
            workspace.WriteSource("late.txt", content);
        });

        var (_, result) = await workspace.RunAsync(definition);
        await late;

        Assert.True(result.State == Sdk.Tasks.TaskRunState.Completed, $"the run should take the file that appeared: {result.Error}");
        Assert.True(File.ReadAllBytes(Path.Combine(workspace.DestinationFolder, "late.txt")).SequenceEqual(content), "the late file should arrive intact");
    }
}
