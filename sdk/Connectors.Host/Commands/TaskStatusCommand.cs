using System.CommandLine;
using System.Globalization;
using Connectors.Host.Cli;

namespace Connectors.Host.Commands;

/// <summary><c>connectors task status</c>: where a run stands, step by step.</summary>
internal static class TaskStatusCommand
{
    public static Command Create(CliApplication application)
    {
        var runId = new Argument<string>("run-id") { Description = "Id of the run, as task run printed it." };
        var command = new Command("status", "Show a run's state, its failed step and error, and each step's state and bytes.")
        {
            runId,
        };
        application.SetAction(command, async (context, cancellationToken) =>
        {
            var run = await TaskRuns.Find(context, context.GetValue(runId), cancellationToken).ConfigureAwait(false);
            var steps = await TaskRuns.State(context).Checkpoints.GetStepsAsync(run.RunId, cancellationToken).ConfigureAwait(false);

            void Line(string key, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    context.Out.WriteLine($"{key,-13} {value}");
                }
            }

            Line("run:", run.RunId);
            Line("task:", run.TaskName);
            Line("state:", run.State.ToString().ToLowerInvariant());
            Line("started:", Time(run.StartedAt));
            Line("ended:", run.EndedAt is { } ended ? Time(ended) : null);
            Line("failed step:", run.FailedStep);
            Line("error:", run.Error);
            if (steps.Count > 0)
            {
                var table = Tables.Create("#", "Step", "State", "Bytes", "Started", "Ended", "Error");
                foreach (var step in steps)
                {
                    table.AddTextRow(
                        step.Index.ToString(CultureInfo.InvariantCulture),
                        step.Step,
                        step.State.ToString().ToLowerInvariant(),
                        step.Bytes.ToString(CultureInfo.InvariantCulture),
                        Time(step.StartedAt),
                        step.EndedAt is { } stepEnded ? Time(stepEnded) : "-",
                        step.Error);
                }

                context.Console.Write(table);
            }

            return ExitCode.Success;
        });
        return command;
    }

    internal static string Time(DateTimeOffset at) => at.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
