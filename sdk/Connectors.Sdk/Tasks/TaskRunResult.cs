namespace Connectors.Sdk.Tasks;

/// <summary>How a task run ended.</summary>
public sealed record TaskRunResult
{
    public required string RunId { get; init; }

    public required TaskRunState State { get; init; }

    /// <summary>The step that failed, when <see cref="State"/> is <see cref="TaskRunState.Failed"/>.</summary>
    public string? FailedStep { get; init; }

    /// <summary>What to fix, when the run failed.</summary>
    public string? Error { get; init; }

    public long BytesTransferred { get; init; }

    public int FilesTransferred { get; init; }
}

public enum TaskRunState
{
    Running,
    Completed,
    Failed,
    Cancelled,
}
