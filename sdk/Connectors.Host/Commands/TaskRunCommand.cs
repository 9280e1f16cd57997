using System.CommandLine;
using Connectors.Host.Cli;

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
            var run = await TaskRuns.StartAsync(context.Services, task, cancellationToken).ConfigureAwait(false);

            // First, so the run can be followed from another terminal while it works.
            await context.Out.WriteLineAsync($"run {run.RunId} of {task.Name} started").ConfigureAwait(false);
            return await TaskRuns.Execute(context, run, task.Connector, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
