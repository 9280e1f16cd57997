using Connectors.Mft.Endpoints;
using Connectors.Mft.Tests.Tasks.Fixtures;
using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Connectors.Mft.Tests.Tasks;

public sealed class When_a_run_that_failed_in_transfer_is_restarted
{
    [Fact]
    public async Task It_resumes_the_transfer_from_the_bytes_written_without_redoing_earlier_steps()
    {
        var opener = new FailingOnceLocalOpener("big.bin");
        await using var workspace = new MftWorkspace(c => c.Services.AddSingleton<IEndpointOpener>(opener));
        var small = TestFiles.Content(10_000, 3);
        var big = TestFiles.Content(2_000_000, 4);
        workspace.WriteSource("a-small.bin", small);
        workspace.WriteSource("big.bin", big);
        var definition = MftWorkspace.Definition("Ops.Resume");
        definition["destination"]!["path"] = "inbox";

        var (runId, failed) = await workspace.RunAsync(definition);
        var failedSteps = await workspace.StepsAsync(runId);
        var sourceAfterFailure = Directory.GetFiles(workspace.SourceFolder).Length;
        var partial = new FileInfo(Path.Combine(workspace.DestinationFolder, "inbox", ".big.bin.part")).Length;
        var restarted = await workspace.RestartAsync(runId);
        var steps = await workspace.StepsAsync(runId);
        var log = await workspace.LogAsync(runId);
        var described = MftWorkspace.Describe(log);

        Assert.True(failed.State == TaskRunState.Failed && failed.FailedStep == "transfer", $"the first attempt should fail in transfer, not {failed.State} at {failed.FailedStep}");
        Assert.True(failed.Error?.Contains("connection to", StringComparison.Ordinal) == true, $"the failure should carry the endpoint's message: {failed.Error}");
        Assert.True(failedSteps.Single(s => s.Step == "transfer").State == StepState.Failed, "the transfer checkpoint should be failed");
        Assert.True(failedSteps.Where(s => s.Step is "file-set" or "stage").All(s => s.State == StepState.Completed), "the steps before the transfer should be checkpointed completed");
        Assert.True(JObject.Parse(failedSteps.Single(s => s.Step == "transfer").OutputsJson)["transferred"]!.Count() == 1, "the small file sent before the failure should be recorded as transferred");
        Assert.True(sourceAfterFailure == 2, "nothing should be removed at the source while the transfer is unfinished");
        Assert.True(partial == opener.BytesBeforeFailure && partial > 0, $"the partial temporary file should hold the {opener.BytesBeforeFailure} bytes written, not {partial}");

        Assert.True(restarted.State == TaskRunState.Completed, $"the restart should complete: {restarted.Error}{Environment.NewLine}{described}");
        Assert.True(File.ReadAllBytes(Path.Combine(workspace.DestinationFolder, "inbox", "big.bin")).SequenceEqual(big), "the big file should be byte-identical at the destination");
        Assert.True(File.ReadAllBytes(Path.Combine(workspace.DestinationFolder, "inbox", "a-small.bin")).SequenceEqual(small), "the small file should be byte-identical at the destination");
        Assert.True(log.Count(e => e.Step == "file-set" && e.Message == "step started") == 1, $"the file set should be built once:{Environment.NewLine}{described}");
        Assert.True(log.Count(e => e.Step == "stage" && e.Message == "step started") == 1, $"the files should be staged once:{Environment.NewLine}{described}");
        Assert.True(log.Count(e => e.Message == "completed in an earlier attempt; skipped") == 2, $"the restart should skip file-set and stage:{Environment.NewLine}{described}");
        Assert.True(log.Any(e => e.Step == "transfer" && e.Message == "transferred in an earlier attempt" && e.File == "a-small.bin"), $"the small file should not be sent again:{Environment.NewLine}{described}");
        Assert.True(log.Any(e => e.Step == "transfer" && e.Message.StartsWith($"resuming at byte {partial} ", StringComparison.Ordinal)), $"the big file should resume at byte {partial}:{Environment.NewLine}{described}");
        Assert.True(steps.All(s => s.State == StepState.Completed), "every checkpoint should end completed");
        Assert.True(Directory.GetFiles(workspace.SourceFolder).Length == 0, "the source files should be removed once both are verified");
        Assert.True(restarted.FilesTransferred == 2 && restarted.BytesTransferred == small.Length + big.Length, $"the result should count both files: {restarted.FilesTransferred} files, {restarted.BytesTransferred} bytes");
    }
}
