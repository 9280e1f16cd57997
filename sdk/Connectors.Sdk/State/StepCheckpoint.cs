namespace Connectors.Sdk.State;

/// <summary>
/// What one step of a run did, recorded before the next step begins, so a restart skips completed
/// steps and resumes a half-done transfer from <see cref="Offset"/>.
/// </summary>
public sealed record StepCheckpoint
{
    public required string RunId { get; init; }

    /// <summary>Position of the step in the run, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>The step's name, e.g. <c>transfer:invoice-001.xml</c>.</summary>
    public required string Step { get; init; }

    public StepState State { get; init; } = StepState.Running;

    /// <summary>The step's inputs as JSON (files, paths, settings).</summary>
    public string InputsJson { get; init; } = "{}";

    /// <summary>The step's outputs as JSON (written files, hashes), read by the steps after it.</summary>
    public string OutputsJson { get; init; } = "{}";

    /// <summary>Bytes the step has moved so far.</summary>
    public long Bytes { get; init; }

    /// <summary>Where a resumed transfer continues.</summary>
    public long Offset { get; init; }

    public string? Error { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }
}

public enum StepState
{
    Running,
    Completed,
    Failed,
}
