namespace Connectors.Sdk.State;

/// <summary>Task runs and their step checkpoints.</summary>
public interface ICheckpointStore
{
    Task CreateRunAsync(TaskRunRecord run, CancellationToken cancellationToken);

    Task<TaskRunRecord?> GetRunAsync(string runId, CancellationToken cancellationToken);

    Task UpdateRunAsync(TaskRunRecord run, CancellationToken cancellationToken);

    /// <summary>Runs of a task, newest first; all tasks when <paramref name="taskName"/> is null.</summary>
    Task<IReadOnlyList<TaskRunRecord>> ListRunsAsync(string? taskName, int limit, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the checkpoint of (run, index), durably, before returning.</summary>
    Task SaveStepAsync(StepCheckpoint checkpoint, CancellationToken cancellationToken);

    /// <summary>The run's checkpoints in step order.</summary>
    Task<IReadOnlyList<StepCheckpoint>> GetStepsAsync(string runId, CancellationToken cancellationToken);
}
