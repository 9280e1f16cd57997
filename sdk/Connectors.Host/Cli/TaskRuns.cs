using System.Globalization;
using System.Security.Cryptography;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Running;
using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;
using Microsoft.Extensions.DependencyInjection;
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
    public static void Validate(CommandContext context, string connectorId, JObject definition, string source)
    {
        var registration = context.Catalog.Get(connectorId).Registration;
        if (registration.Kind != Sdk.Descriptors.ConnectorKind.Task)
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"{source}: '{connectorId}' is a {registration.Kind.ToString().ToLowerInvariant()}, not a task connector");
        }

        _ = PropertiesBinder.Bind(registration.PropertiesType, definition, $"definition in {source}");
    }

    /// <summary>The stored run, or a configuration error that lists recent runs.</summary>
    public static async Task<TaskRunRecord> Find(CommandContext context, string runId, CancellationToken cancellationToken)
    {
        var checkpoints = State(context).Checkpoints;
        if (await checkpoints.GetRunAsync(runId, cancellationToken).ConfigureAwait(false) is { } run)
        {
            return run;
        }

        var recent = await checkpoints.ListRunsAsync(null, 5, cancellationToken).ConfigureAwait(false);
        throw new ConnectorException(
            ConnectorErrorKind.Configuration,
            $"no task run has the id '{runId}'; recent runs: {(recent.Count == 0 ? "none" : string.Join(", ", recent.Select(r => $"{r.RunId} ({r.TaskName})")))}");
    }

    /// <summary>Runs the not yet completed steps of <paramref name="run"/> and records how it ended.</summary>
    public static async Task<ExitCode> Execute(CommandContext context, TaskRunRecord run, string connectorId, CancellationToken cancellationToken)
    {
        var state = State(context);
        var definition = JObject.Parse(run.DefinitionJson);
        var runContext = new TaskRunContext(run.TaskName, run.RunId, state.Checkpoints, state.JobLog);
        TaskRunResult result;
        try
        {
            result = await context.Runner.RunTaskAsync(connectorId, definition, runContext, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Finish(state, run.RunId, TaskRunState.Cancelled, null, "cancelled").ConfigureAwait(false);
            throw;
        }
        catch (Exception e)
        {
            await Finish(state, run.RunId, TaskRunState.Failed, null, e.Message).ConfigureAwait(false);
            throw;
        }

        await Finish(state, run.RunId, result.State, result.FailedStep, result.Error).ConfigureAwait(false);
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
        var level = outcome switch
        {
            TaskRunState.Failed => JobLogLevel.Error,
            TaskRunState.Cancelled => JobLogLevel.Warning,
            _ => JobLogLevel.Information,
        };
        await Log(state, runId, level, $"run {outcome.ToString().ToLowerInvariant()}{(error is null || outcome == TaskRunState.Completed ? string.Empty : ": " + error)}").ConfigureAwait(false);
    }
}
