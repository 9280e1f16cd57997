using System.CommandLine;
using Connectors.Host.Cli;
using Connectors.Sdk.State;
using Newtonsoft.Json;

namespace Connectors.Host.Commands;

/// <summary><c>connectors task run</c>: starts a new run of a task; its definition is frozen for any restart.</summary>
internal static class TaskRunCommand
{
    public static Command Create(CliApplication application)
    {
        var name = new Argument<string>("name") { Description = "Name of the task: its file in tasks/ without .json, e.g. Finance.DailyInvoices." };
        var command = new Command("run", "Run a task; print its run id first, then how it ended. Exit 9 when a step failed.")
        {
            name,
        };
        application.SetAction(command, async (context, cancellationToken) =>
        {
            var task = TaskFile.Load(context.Settings, context.GetValue(name));
            TaskRuns.Validate(context, task.Connector, task.Definition, $"tasks/{task.Name}.json");

            var state = TaskRuns.State(context);
            var run = new TaskRunRecord
            {
                RunId = TaskRuns.NewRunId(),
                TaskName = task.Name,
                DefinitionJson = task.Definition.ToString(Formatting.None),
                State = Sdk.Tasks.TaskRunState.Running,
                StartedAt = DateTimeOffset.UtcNow,
            };
            await state.Checkpoints.CreateRunAsync(run, cancellationToken).ConfigureAwait(false);
            await TaskRuns.Log(state, run.RunId, JobLogLevel.Information, $"run started: task {task.Name}, connector {task.Connector}").ConfigureAwait(false);

            // First, so the run can be followed from another terminal while it works.
            await context.Out.WriteLineAsync($"run {run.RunId} of {task.Name} started").ConfigureAwait(false);
            return await TaskRuns.Execute(context, run, task.Connector, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
