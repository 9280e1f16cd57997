using Connectors.Sdk.Errors;

namespace Connectors.Sdk.Testing;

/// <summary>One stage of a connection test: how long it took and, on failure, what to fix.</summary>
public sealed record ConnectionTestStage
{
    public required ConnectionTestStageName Name { get; init; }

    public required ConnectionTestOutcome Outcome { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>What happened, in words; on failure, what to fix.</summary>
    public string? Detail { get; init; }

    /// <summary>The kind of failure, when the stage failed.</summary>
    public ConnectorErrorKind? ErrorKind { get; init; }

    /// <summary>Profile or property keys (JSON pointers) to fix, when the stage failed.</summary>
    public IReadOnlyList<string> KeysToFix { get; init; } = [];
}

public enum ConnectionTestOutcome
{
    Passed,
    Failed,

    /// <summary>Not needed for this profile (TLS on a plain TCP profile) or not reached after a failure.</summary>
    Skipped,
}
