using System.Collections.Concurrent;
using Connectors.Host.Cli;
using Connectors.Sdk.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Api;

/// <summary>
/// Runs the task runs the API starts, in the background of <c>serve</c>, so the call that starts one
/// answers at once. A stopping host cancels them; each is then recorded as cancelled and can be restarted.
/// </summary>
internal sealed partial class TaskRunLauncher(IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<TaskRunLauncher> logger) : IAsyncDisposable
{
    private static readonly TimeSpan StopPatience = TimeSpan.FromSeconds(20);

    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);

    /// <summary>Whether this host is running <paramref name="runId"/> now.</summary>
    public bool IsRunning(string runId) => _running.ContainsKey(runId);

    /// <summary>Starts the run in the background; the task returned ends with it and never fails.</summary>
    public Task Launch(TaskRunRecord run, string connectorId, bool restart)
    {
        // Held until the run is listed, so a run that ends at once cannot be listed after it ended.
        var listed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var work = Task.Run(() => RunAsync(listed.Task, run, connectorId, restart), CancellationToken.None);
        _running[run.RunId] = work;
        listed.SetResult();
        return work;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Task.WhenAll(_running.Values).WaitAsync(StopPatience).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            LogStillRunning(_running.Count, StopPatience.TotalSeconds);
        }
    }

    private async Task RunAsync(Task listed, TaskRunRecord run, string connectorId, bool restart)
    {
        await listed.ConfigureAwait(false);
        try
        {
            var result = await TaskRuns.RunAsync(services, run, connectorId, restart, lifetime.ApplicationStopping).ConfigureAwait(false);
            LogEnded(run.RunId, run.TaskName, result.State.ToString().ToLowerInvariant());
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            LogEnded(run.RunId, run.TaskName, "cancelled by the host stopping");
        }
#pragma warning disable CA1031 // The run is recorded as failed with this message; the host must go on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(run.RunId, run.TaskName, e.Message);
        }
        finally
        {
            _running.TryRemove(run.RunId, out _);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Task run {RunId} of {Task} ended: {State}")]
    private partial void LogEnded(string runId, string task, string state);

    [LoggerMessage(Level = LogLevel.Error, Message = "Task run {RunId} of {Task} failed: {Reason}")]
    private partial void LogFailed(string runId, string task, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} task runs still running after {Seconds} s of shutdown; they stay recorded as running until restarted")]
    private partial void LogStillRunning(int count, double seconds);
}
