namespace Connectors.Sdk.State;

/// <summary>One line of a run's job log.</summary>
public sealed record JobLogEntry
{
    public required string RunId { get; init; }

    /// <summary>The step it concerns; null for the run as a whole.</summary>
    public string? Step { get; init; }

    public JobLogLevel Level { get; init; } = JobLogLevel.Information;

    public required string Message { get; init; }

    /// <summary>File the line is about, if any.</summary>
    public string? File { get; init; }

    public long? Bytes { get; init; }

    /// <summary>Throughput in bytes per second, for a transfer line.</summary>
    public double? BytesPerSecond { get; init; }

    public DateTimeOffset At { get; init; }
}

public enum JobLogLevel
{
    Information,
    Warning,
    Error,
}
