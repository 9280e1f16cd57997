using Connectors.Host.Cli;
using Connectors.Sdk.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Host.Api;

/// <summary><c>GET /api/tasks</c> and <c>POST /api/tasks/{name}/runs</c>: the tasks of <c>tasks/</c>, and starting one.</summary>
internal static class TaskEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/tasks", (HostSettings settings) =>
            Results.Ok(new { tasks = KnownTasks.Names(settings).Select(name => new { name }) }));

        api.MapPost("/tasks/{name}/runs", StartAsync);
    }

    private static async Task<IResult> StartAsync(string name, HostSettings settings, IServiceProvider services, TaskRunLauncher launcher, CancellationToken cancellationToken)
    {
        if (!KnownTasks.Exists(settings, name))
        {
            return ApiProblems.NotFound($"no task is named '{name}' in tasks/", "knownTasks", KnownTasks.Names(settings));
        }

        TaskFile task;
        Sdk.State.TaskRunRecord run;
        try
        {
            task = TaskFile.Load(settings, name);
            run = await TaskRuns.StartAsync(services, task, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e) when (e.Kind == ConnectorErrorKind.Configuration)
        {
            return ApiProblems.Invalid(e.Message);
        }

        _ = launcher.Launch(run, task.Connector, restart: false);
        return Results.Accepted(RunEndpoints.StatusPath(run.RunId), RunEndpoints.Accepted(run));
    }
}
