using System.Diagnostics;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Testing;

namespace Connectors.SamplePlugin;

/// <summary>Collects the stages of a connection test in order, each timed from the end of the one before.</summary>
internal sealed class ConnectionTestStages
{
    private readonly List<ConnectionTestStage> _stages = [];
    private long _stageStarted = Stopwatch.GetTimestamp();

    public ConnectionTestResult Result => new(_stages.ToList());

    public void Pass(ConnectionTestStageName name, string detail) =>
        Add(new ConnectionTestStage { Name = name, Outcome = ConnectionTestOutcome.Passed, Detail = detail });

    public void Skip(ConnectionTestStageName name, string detail) =>
        Add(new ConnectionTestStage { Name = name, Outcome = ConnectionTestOutcome.Skipped, Detail = detail });

    public void Fail(ConnectionTestStageName name, ConnectorException failure) =>
        Add(new ConnectionTestStage
        {
            Name = name,
            Outcome = ConnectionTestOutcome.Failed,
            Detail = failure.Message,
            ErrorKind = failure.Kind,
            KeysToFix = failure.PropertyKeys,
        });

    /// <summary>Marks every stage after the last one recorded as not reached.</summary>
    public ConnectionTestResult SkipTheRest()
    {
        var last = _stages.Count == 0 ? -1 : (int)_stages[^1].Name;
        foreach (var name in Enum.GetValues<ConnectionTestStageName>().Where(n => (int)n > last))
        {
            Skip(name, "not reached");
        }

        return Result;
    }

    private void Add(ConnectionTestStage stage)
    {
        var now = Stopwatch.GetTimestamp();
        _stages.Add(stage with { Duration = Stopwatch.GetElapsedTime(_stageStarted, now) });
        _stageStarted = now;
    }
}
