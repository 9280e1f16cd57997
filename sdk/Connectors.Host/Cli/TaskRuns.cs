using System.Globalization;
using System.Security.Cryptography;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Events;
using Connectors.Sdk.Hosting.Catalog;
using Connectors.Sdk.Hosting.Events;
using Connectors.Sdk.Hosting.Running;
using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Connectors.Host.Cli;

/// <summary>
/// Runs a task and keeps its run record: the host creates the record with the definition frozen, the
/// task connector checkpoints its steps, and the host records how the run ended.
/// </summary>
internal static class TaskRuns
{
    /// <summary>Sortable by start time and short enough to type: <c>20250114-093012-4f2a9c</c>.</summary>
    public static string NewRunId() =>
        string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}");

    public static IStateStore State(CommandContext context) => context.Services.GetRequiredService<IStateStore>();

    /// <summary>Checks that <paramref name="connectorId"/> is a task connector and the definition binds, before any run is recorded.</summary>
    public static void Validate(CommandContext context, string connectorId, JObject definition, string source) =>
        Validate(context.Catalog, connectorId, definition, source);

    /// <inheritdoc cref="Validate(CommandContext, string, JObject, string)"/>
    public static void Validate(ConnectorCatalog catalog, string connectorId, JObject definition, string source)
    {
        var registration = catalog.Get(connectorId).Registration;
        if (registration.Kind != Sdk.Descriptors.ConnectorKind.Task)
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"{source}: '{connectorId}' is a {registration.Kind.ToString().ToLowerInvariant()}, not a task connector");
        }

        _ = PropertiesBinder.Bind(registration.PropertiesType, definition, $"definition in {source}");
    }

    /// <summary>The stored run, or a configuration error that lists recent runs.</summary>
    public static Task<TaskRunRecord> Find(CommandContext context, string runId, CancellationToken cancellationToken) =>
        Find(State(context).Checkpoints, runId, cancellationToken);

    /// <inheritdoc cref="Find(CommandContext, string, CancellationToken)"/>
    public static async Task<TaskRunRecord> Find(ICheckpointStore checkpoints, string runId, CancellationToken cancellationToken)
    {
        if (await checkpoints.GetRunAsync(runId, cancellationToken).ConfigureAwait(false) is { } run)
        {
            return run;
        }

        var recent = await checkpoints.ListRunsAsync(null, 5, cancellationToken).ConfigureAwait(false);
        throw new ConnectorException(
            ConnectorErrorKind.Configuration,
            $"no task run has the id '{runId}'; recent runs: {(recent.Count == 0 ? "none" : string.Join(", ", recent.Select(r => $"{r.RunId} ({r.TaskName})")))}");
    }

    /// <summary>Records a new run of <paramref name="task"/>, its definition frozen for any restart; the task is checked first.</summary>
    public static async Task<TaskRunRecord> StartAsync(IServiceProvider services, TaskFile task, CancellationToken cancellationToken)
    {
        Validate(services.GetRequiredService<ConnectorCatalog>(), task.Connector, task.Definition, $"tasks/{task.Name}.json");
        var state = services.GetRequiredService<IStateStore>();
        var run = new TaskRunRecord
        {
            RunId = NewRunId(),
            TaskName = task.Name,
            DefinitionJson = task.Definition.ToString(Formatting.None),
            State = TaskRunState.Running,
            StartedAt = DateTimeOffset.UtcNow,
        };
        await state.Checkpoints.CreateRunAsync(run, cancellationToken).ConfigureAwait(false);
        await Log(state, run.RunId, JobLogLevel.Information, $"run started: task {task.Name}, connector {task.Connector}").ConfigureAwait(false);
        return run;
    }

    /// <summary>Marks a failed run as running again under its id; returns the record to execute.</summary>
    public static async Task<TaskRunRecord> RestartAsync(IServiceProvider services, TaskRunRecord run, string connectorId, CancellationToken cancellationToken)
    {
        var state = services.GetRequiredService<IStateStore>();
        var restarted = run with { State = TaskRunState.Running, FailedStep = null, Error = null, EndedAt = null };
        await state.Checkpoints.UpdateRunAsync(restarted, cancellationToken).ConfigureAwait(false);
        await Log(state, run.RunId, JobLogLevel.Information, $"run restarted: task {run.TaskName}, connector {connectorId}").ConfigureAwait(false);
        return restarted;
    }

    /// <summary>
    /// Runs the not yet completed steps of <paramref name="run"/>, records how it ended, and publishes
    /// the run's started and ended events, whatever the task connector publishes itself.
    /// </summary>
    public static async Task<TaskRunResult> RunAsync(IServiceProvider services, TaskRunRecord run, string connectorId, bool restart, CancellationToken cancellationToken)
    {
        var state = services.GetRequiredService<IStateStore>();
        var events = services.GetService<IEventPublisher>();
        var definition = JObject.Parse(run.DefinitionJson);
        var runContext = new TaskRunContext(run.TaskName, run.RunId, state.Checkpoints, state.JobLog);
        await Publish(events, TaskRunEvents.RunStarted(run.TaskName, run.RunId, connectorId, restart)).ConfigureAwait(false);
        TaskRunResult result;
        try
        {
            result = await services.GetRequiredService<ConnectorRunner>().RunTaskAsync(connectorId, definition, runContext, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Finish(state, run.RunId, TaskRunState.Cancelled, null, "cancelled").ConfigureAwait(false);
            await Publish(events, TaskRunEvents.RunEnded(run.TaskName, run.RunId, connectorId, TaskRunState.Cancelled, null, "cancelled", 0, 0)).ConfigureAwait(false);
            throw;
        }
        catch (Exception e)
        {
            await Finish(state, run.RunId, TaskRunState.Failed, null, e.Message).ConfigureAwait(false);
            await Publish(events, TaskRunEvents.RunEnded(run.TaskName, run.RunId, connectorId, TaskRunState.Failed, null, e.Message, 0, 0)).ConfigureAwait(false);
            throw;
        }

        await Finish(state, run.RunId, result.State, result.FailedStep, result.Error).ConfigureAwait(false);
        await Publish(events, TaskRunEvents.RunEnded(run.TaskName, run.RunId, connectorId, result.State, result.FailedStep, result.Error, result.FilesTransferred, result.BytesTransferred)).ConfigureAwait(false);
        return result;
    }

    /// <summary>Runs <paramref name="run"/> for a command: prints how it ended and returns the exit code.</summary>
    public static async Task<ExitCode> Execute(CommandContext context, TaskRunRecord run, string connectorId, CancellationToken cancellationToken, bool restart = false)
    {
        var result = await RunAsync(context.Services, run, connectorId, restart, cancellationToken).ConfigureAwait(false);
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"run {run.RunId} of {run.TaskName} {result.State.ToString().ToLowerInvariant()}: {result.FilesTransferred} files, {result.BytesTransferred} bytes");
        await context.Out.WriteLineAsync(summary).ConfigureAwait(false);
        if (result.State == TaskRunState.Failed)
        {
            await context.Error.WriteLineAsync($"error: step {result.FailedStep ?? "?"} failed: {result.Error}").ConfigureAwait(false);
            await context.Error.WriteLineAsync($"  resume it with: connectors task restart {run.RunId}").ConfigureAwait(false);
        }

        return result.State switch
        {
            TaskRunState.Failed => ExitCode.TaskFailed,
            TaskRunState.Cancelled => ExitCode.Cancelled,
            _ => ExitCode.Success,
        };
    }

    // An event that cannot be queued must never change how the run ends.
    private static async Task Publish(IEventPublisher? events, ConnectorEvent connectorEvent)
    {
        if (events is null)
        {
            return;
        }

        try
        {
            await events.PublishAsync(connectorEvent, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A publisher's failure is its own; the run it reports on is not affected.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    public static Task Log(IStateStore state, string runId, JobLogLevel level, string message) =>
        state.JobLog.AppendAsync(new JobLogEntry { RunId = runId, Level = level, Message = message, At = DateTimeOffset.UtcNow }, CancellationToken.None);

    // Recorded even when the command was cancelled: the record must not say "running" for ever.
    private static async Task Finish(IStateStore state, string runId, TaskRunState outcome, string? failedStep, string? error)
    {
        var stored = await state.Checkpoints.GetRunAsync(runId, CancellationToken.None).ConfigureAwait(false);
        if (stored is null)
        {
            return;
        }

        var level = outcome switch
        {
            TaskRunState.Failed => JobLogLevel.Error,
            TaskRunState.Cancelled => JobLogLevel.Warning,
            _ => JobLogLevel.Information,
        };

        // The log's last line first, then the state: whoever follows the log and sees the run ended has read it all.
        await Log(state, runId, level, $"run {outcome.ToString().ToLowerInvariant()}{(error is null || outcome == TaskRunState.Completed ? string.Empty : ": " + error)}").ConfigureAwait(false);
        var ended = outcome == TaskRunState.Running ? (DateTimeOffset?)null : DateTimeOffset.UtcNow;
        await state.Checkpoints.UpdateRunAsync(
            stored with
            {
                State = outcome,
                FailedStep = outcome == TaskRunState.Failed ? failedStep ?? stored.FailedStep : null,
                Error = outcome == TaskRunState.Completed ? null : error,
                EndedAt = ended,
            },
            CancellationToken.None).ConfigureAwait(false);
    }
}

