using System.CommandLine;
using Connectors.Host.Cli;
using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;

namespace Connectors.Host.Commands;

/// <summary>
/// <c>connectors task restart</c>: runs a failed run again under the same id with the definition it
/// started with; the task connector skips the steps its checkpoints show completed.
/// </summary>
internal static class TaskRestartCommand
{
    public static Command Create(CliApplication application)
    {
        var runId = new Argument<string>("run-id") { Description = "Id of the run to resume." };
        var command = new Command("restart", "Resume a failed or interrupted run from its first step not completed, with its original definition.")
        {
            runId,
        };
        application.SetAction(command, async (context, cancellationToken) =>
        {
            var run = await TaskRuns.Find(context, context.GetValue(runId), cancellationToken).ConfigureAwait(false);
            if (run.State == TaskRunState.Completed)
            {
                await context.Out.WriteLineAsync($"run {run.RunId} of {run.TaskName} completed already; nothing to restart").ConfigureAwait(false);
                return ExitCode.Success;
            }

            if (run.State == TaskRunState.Running)
            {
                // A run whose process died still reads "running"; nothing tells it from one that is alive.
                await context.Error.WriteLineAsync($"warning: run {run.RunId} is recorded as running; make sure no other process is running it").ConfigureAwait(false);
            }

            // The connector id is not part of the frozen definition; the task's file still names it.
            var connector = TaskFile.Load(context.Settings, run.TaskName).Connector;
            var restarted = await TaskRuns.RestartAsync(context.Services, run, connector, cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"run {run.RunId} of {run.TaskName} restarted").ConfigureAwait(false);
            return await TaskRuns.Execute(context, restarted, connector, cancellationToken, restart: true).ConfigureAwait(false);
        });
        return command;
    }
}
