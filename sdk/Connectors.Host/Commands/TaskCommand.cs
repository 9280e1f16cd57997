using System.CommandLine;
using Connectors.Host.Cli;

namespace Connectors.Host.Commands;

/// <summary><c>connectors task</c>: run the tasks of the operations folder's <c>tasks/</c> and follow their runs.</summary>
internal static class TaskCommand
{
    public static Command Create(CliApplication application) =>
        new("task", "Run a task from the operations folder's tasks/, show a run's status and log, restart a failed run.")
        {
            TaskRunCommand.Create(application),
            TaskStatusCommand.Create(application),
            TaskLogCommand.Create(application),
            TaskRestartCommand.Create(application),
        };
}
