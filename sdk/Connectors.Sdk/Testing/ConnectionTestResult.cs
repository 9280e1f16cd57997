namespace Connectors.Sdk.Testing;

/// <summary>The stages of a connection test in order; it passed when no stage failed.</summary>
public sealed record ConnectionTestResult(IReadOnlyList<ConnectionTestStage> Stages)
{
    public bool Succeeded => Stages.All(s => s.Outcome != ConnectionTestOutcome.Failed);

    public ConnectionTestStage? FirstFailure => Stages.FirstOrDefault(s => s.Outcome == ConnectionTestOutcome.Failed);

    public TimeSpan TotalDuration => Stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration);
}
