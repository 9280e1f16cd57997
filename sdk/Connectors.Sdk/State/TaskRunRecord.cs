using Connectors.Sdk.Tasks;

namespace Connectors.Sdk.State;

/// <summary>A task run as stored: which task, with which definition, where it stands.</summary>
public sealed record TaskRunRecord
{
    public required string RunId { get; init; }

    public required string TaskName { get; init; }

    /// <summary>The definition as JSON, frozen at the start so a restart runs what the first attempt ran.</summary>
    public required string DefinitionJson { get; init; }

    public TaskRunState State { get; init; } = TaskRunState.Running;

    public string? FailedStep { get; init; }

    public string? Error { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }
}
