using System.CommandLine;
using System.Globalization;
using System.Text;
using Connectors.Host.Cli;
using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;

namespace Connectors.Host.Commands;

/// <summary><c>connectors task log</c>: what a run did, line by line; <c>--follow</c> keeps reading until the run ends.</summary>
internal static class TaskLogCommand
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public static Command Create(CliApplication application)
    {
        var runId = new Argument<string>("run-id") { Description = "Id of the run." };
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep printing new lines until the run ends (or Ctrl+C)." };
        var command = new Command("log", "Print a run's job log; with --follow, keep printing until the run ends.")
        {
            runId, follow,
        };
        application.SetAction(
            command,
            async (context, cancellationToken) =>
            {
                var run = await TaskRuns.Find(context, context.GetValue(runId), cancellationToken).ConfigureAwait(false);
                var log = TaskRuns.State(context).JobLog;
                var checkpoints = TaskRuns.State(context).Checkpoints;
                var printed = -1L;
                while (true)
                {
                    var ended = !context.GetValue(follow)
                        || (await checkpoints.GetRunAsync(run.RunId, cancellationToken).ConfigureAwait(false))?.State != TaskRunState.Running;

                    // Lines are read after the state, so the last lines of a run that just ended are not missed.
                    foreach (var (sequence, entry) in await log.ReadAsync(run.RunId, Math.Max(printed, 0), cancellationToken).ConfigureAwait(false))
                    {
                        if (sequence > printed)
                        {
                            await context.Out.WriteLineAsync(Format(entry)).ConfigureAwait(false);
                            printed = sequence;
                        }
                    }

                    if (ended)
                    {
                        return ExitCode.Success;
                    }

                    await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
                }
            },
            stopIsSuccess: true);
        return command;
    }

    private static string Format(JobLogEntry entry)
    {
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"{TaskStatusCommand.Time(entry.At)} ");
        line.Append(entry.Level switch
        {
            JobLogLevel.Error => "error",
            JobLogLevel.Warning => "warn ",
            _ => "info ",
        });
        if (entry.Step is not null)
        {
            line.Append(CultureInfo.InvariantCulture, $" [{entry.Step}]");
        }

        line.Append(' ').Append(entry.Message);
        if (entry.File is not null)
        {
            line.Append(CultureInfo.InvariantCulture, $" file={entry.File}");
        }

        if (entry.Bytes is { } bytes)
        {
            line.Append(CultureInfo.InvariantCulture, $" bytes={bytes}");
        }

        if (entry.BytesPerSecond is { } rate)
        {
            line.Append(CultureInfo.InvariantCulture, $" rate={rate / 1024 / 1024:0.0} MiB/s");
        }

        return line.ToString();
    }
}
