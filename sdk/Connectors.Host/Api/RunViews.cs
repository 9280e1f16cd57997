using Connectors.Sdk.State;

namespace Connectors.Host.Api;

/// <summary>A task run as <c>GET /api/runs/{runId}</c> answers it.</summary>
internal sealed record RunView(
    string RunId,
    string Task,
    string State,
    string? FailedStep,
    string? Error,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<StepView> Steps)
{
    public static RunView From(TaskRunRecord run, IReadOnlyList<StepCheckpoint> steps) => new(
        run.RunId,
        run.TaskName,
        run.State.ToString().ToLowerInvariant(),
        run.FailedStep,
        run.Error,
        run.StartedAt,
        run.EndedAt,
        steps.Select(StepView.From).ToList());
}

/// <summary>One step of a run: where it stands, and how far a transfer got.</summary>
internal sealed record StepView(int Index, string Step, string State, long Bytes, long Offset, string? Error, DateTimeOffset StartedAt, DateTimeOffset? EndedAt)
{
    public static StepView From(StepCheckpoint step) =>
        new(step.Index, step.Step, step.State.ToString().ToLowerInvariant(), step.Bytes, step.Offset, step.Error, step.StartedAt, step.EndedAt);
}

/// <summary>One line of a run's job log; <see cref="Sequence"/> is what <c>?after=</c> takes to read on from it.</summary>
internal sealed record LogLineView(long Sequence, DateTimeOffset At, string Level, string? Step, string Message, string? File, long? Bytes, double? BytesPerSecond)
{
    public static LogLineView From(long sequence, JobLogEntry entry) =>
        new(sequence, entry.At, entry.Level.ToString().ToLowerInvariant(), entry.Step, entry.Message, entry.File, entry.Bytes, entry.BytesPerSecond);
}

/// <summary>The answer to starting or restarting a run: where to follow it.</summary>
internal sealed record RunAccepted(string RunId, string Task, string State, string Status, string Log);
