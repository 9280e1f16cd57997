using System.Text.RegularExpressions;
using Connectors.Host.Tests.Fixtures;
using Connectors.Sdk.Hosting.Registration;

namespace Connectors.Host.Tests;

public sealed partial class When_a_failed_task_run_is_restarted
{
    [Fact]
    public async Task Only_the_failed_step_runs_again_with_the_frozen_definition_under_the_same_id()
    {
        using var workspace = new Workspace();
        var marker = workspace.WriteFile("marker", "present");
        var taskFile = Path.Combine(workspace.TasksFolder, "Ops.TwoSteps.json");
        File.WriteAllText(taskFile, $$"""{ "connector": "two-step-task", "definition": { "marker": "{{marker}}", "label": "first" } }""");

        var run = await RunTask("run", "Ops.TwoSteps");
        var runId = RunId().Match(run.Output).Groups[1].Value;
        var failedStatus = await RunTask("status", runId);
        File.Delete(marker);
        File.WriteAllText(taskFile, $$"""{ "connector": "two-step-task", "definition": { "marker": "{{marker}}", "label": "second" } }""");
        var restart = await RunTask("restart", runId);
        var status = await RunTask("status", runId);
        var log = await RunTask("log", runId, "--follow");
        var again = await RunTask("restart", runId);

        Assert.True(run.ExitCode == 9, $"a run whose step failed exits 9:{Environment.NewLine}{run.All}");
        Assert.True(runId.Length > 0, $"task run should print the run id first:{Environment.NewLine}{run.All}");
        Assert.True(run.Error.Contains($"connectors task restart {runId}", StringComparison.Ordinal), $"a failed run should say how to resume it:{Environment.NewLine}{run.All}");
        Assert.True(Line(failedStatus, "state:")?.EndsWith("failed", StringComparison.Ordinal) == true, $"status should show the run failed:{Environment.NewLine}{failedStatus.All}");
        Assert.True(Line(failedStatus, "failed step:")?.EndsWith("transfer", StringComparison.Ordinal) == true, $"status should name the failed step:{Environment.NewLine}{failedStatus.All}");
        Assert.True(Line(failedStatus, "0")?.Contains("completed", StringComparison.Ordinal) == true, $"status should show step 0 completed:{Environment.NewLine}{failedStatus.All}");
        Assert.True(restart.ExitCode == 0, $"the restarted run should complete:{Environment.NewLine}{restart.All}");
        Assert.True(restart.Output.Contains($"run {runId} of Ops.TwoSteps completed", StringComparison.Ordinal), $"the restart should keep the run id:{Environment.NewLine}{restart.All}");
        Assert.True(Line(status, "state:")?.EndsWith("completed", StringComparison.Ordinal) == true, $"status should show the run completed:{Environment.NewLine}{status.All}");
        Assert.True(log.ExitCode == 0, $"log --follow of an ended run should return at once:{Environment.NewLine}{log.All}");
        Assert.True(Count(log, "prepare ran") == 1, $"the completed step should not run again:{Environment.NewLine}{log.All}");
        Assert.True(Count(log, "transfer ran with label first") == 2, $"the failed step should run again with the frozen definition:{Environment.NewLine}{log.All}");
        Assert.True(Count(log, "label second") == 0, $"an edit of the task file must not change a restarted run:{Environment.NewLine}{log.All}");
        Assert.True(Count(log, "run restarted") == 1 && Count(log, "run completed") == 1, $"the log should record the restart and the end:{Environment.NewLine}{log.All}");
        Assert.True(again.ExitCode == 0 && again.Output.Contains("nothing to restart", StringComparison.Ordinal), $"restarting a completed run should do nothing:{Environment.NewLine}{again.All}");

        Task<CliResult> RunTask(params string[] args) =>
            ConnectorsCommand.RunAsync(workspace.Args(["task", .. args]), CancellationToken.None, connectors: builder => builder.AddTask<TwoStepTask, TwoStepDefinition>());
    }

    private static string? Line(CliResult result, string start) =>
        result.Output.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith(start, StringComparison.Ordinal));

    private static int Count(CliResult result, string text) =>
        result.Output.Split('\n').Count(line => line.Contains(text, StringComparison.Ordinal));

    [GeneratedRegex(@"run (\S+) of Ops\.TwoSteps started")]
    private static partial Regex RunId();
}
