using Connectors.Sdk.Events;
using Connectors.Sdk.Tasks;

namespace Connectors.Sdk.Hosting.Events;

/// <summary>
/// The events a host publishes around every task run, whatever its connector, so a receiver hears of
/// runs of task connectors that publish nothing themselves. The subject is the run id.
/// </summary>
public static class TaskRunEvents
{
    public const string Started = "com.connectorpack.task.run.started";
    public const string Completed = "com.connectorpack.task.run.completed";
    public const string Failed = "com.connectorpack.task.run.failed";
    public const string Cancelled = "com.connectorpack.task.run.cancelled";

    public static ConnectorEvent RunStarted(string taskName, string runId, string connectorId, bool restart) => new()
    {
        Type = Started,
        Subject = runId,
        Data = new Dictionary<string, object?>
        {
            ["task"] = taskName,
            ["runId"] = runId,
            ["connector"] = connectorId,
            ["restart"] = restart,
        },
    };

    public static ConnectorEvent RunEnded(string taskName, string runId, string connectorId, TaskRunState state, string? failedStep, string? error, int files, long bytes) => new()
    {
        Type = state switch
        {
            TaskRunState.Completed => Completed,
            TaskRunState.Cancelled => Cancelled,
            _ => Failed,
        },
        Subject = runId,
        Data = new Dictionary<string, object?>
        {
            ["task"] = taskName,
            ["runId"] = runId,
            ["connector"] = connectorId,
            ["state"] = state.ToString().ToLowerInvariant(),
            ["failedStep"] = failedStep,
            ["error"] = error,
            ["filesTransferred"] = files,
            ["bytesTransferred"] = bytes,
        },
    };
}
