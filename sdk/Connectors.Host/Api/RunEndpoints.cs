using Connectors.Host.Cli;
using Connectors.Sdk.Errors;
using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Host.Api;

/// <summary><c>GET /api/runs/{runId}</c> and <c>POST /api/runs/{runId}/restart</c>: where a run stands, and resuming a failed one.</summary>
internal static class RunEndpoints
{
    private const int RecentRuns = 10;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/runs/{runId}", StatusAsync);
        api.MapPost("/runs/{runId}/restart", RestartAsync);
    }

    public static string StatusPath(string runId) => $"/api/runs/{Uri.EscapeDataString(runId)}";

    public static RunAccepted Accepted(TaskRunRecord run) =>
        new(run.RunId, run.TaskName, "running", StatusPath(run.RunId), StatusPath(run.RunId) + "/log");

    /// <summary>The 404 for an unknown run, listing the most recent runs so a typo is easy to see.</summary>
    public static async Task<IResult> UnknownRunAsync(ICheckpointStore checkpoints, string runId, CancellationToken cancellationToken)
    {
        var recent = await checkpoints.ListRunsAsync(null, RecentRuns, cancellationToken).ConfigureAwait(false);
        return ApiProblems.NotFound($"no task run has the id '{runId}'", "recentRuns", recent.Select(r => r.RunId));
    }

    private static async Task<IResult> StatusAsync(string runId, IStateStore state, CancellationToken cancellationToken)
    {
        if (await state.Checkpoints.GetRunAsync(runId, cancellationToken).ConfigureAwait(false) is not { } run)
        {
            return await UnknownRunAsync(state.Checkpoints, runId, cancellationToken).ConfigureAwait(false);
        }

        var steps = await state.Checkpoints.GetStepsAsync(runId, cancellationToken).ConfigureAwait(false);
        return Results.Ok(RunView.From(run, steps));
    }

    private static async Task<IResult> RestartAsync(string runId, IStateStore state, HostSettings settings, IServiceProvider services, TaskRunLauncher launcher, CancellationToken cancellationToken)
    {
        if (await state.Checkpoints.GetRunAsync(runId, cancellationToken).ConfigureAwait(false) is not { } run)
        {
            return await UnknownRunAsync(state.Checkpoints, runId, cancellationToken).ConfigureAwait(false);
        }

        switch (run.State)
        {
            case TaskRunState.Completed:
                return ApiProblems.Conflict($"run {runId} of {run.TaskName} completed already; there is nothing to restart");
            case TaskRunState.Running when launcher.IsRunning(runId):
                return ApiProblems.Conflict($"run {runId} of {run.TaskName} is running now; restart it after it ended failed");
            case TaskRunState.Running:
                // Nothing tells a run whose process died from one another host runs; the command line can force it.
                return ApiProblems.Conflict($"run {runId} of {run.TaskName} is recorded as running by another process; if none runs it any more, resume it with: connectors task restart {runId}");
        }

        string connector;
        try
        {
            // The connector id is not part of the frozen definition; the task's file still names it.
            connector = TaskFile.Load(settings, run.TaskName).Connector;
        }
        catch (ConnectorException e) when (e.Kind == ConnectorErrorKind.Configuration)
        {
            return ApiProblems.Invalid($"run {runId} cannot be restarted: {e.Message}");
        }

        var restarted = await TaskRuns.RestartAsync(services, run, connector, cancellationToken).ConfigureAwait(false);
        _ = launcher.Launch(restarted, connector, restart: true);
        return Results.Accepted(StatusPath(runId), Accepted(restarted));
    }
}
