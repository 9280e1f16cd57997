using System.Diagnostics;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Testing;

namespace Connectors.Ota.Sending;

/// <summary>The stages of a connection test as they happen, each timed from the end of the previous one.</summary>
internal sealed class ConnectionTestReport
{
    private readonly List<ConnectionTestStage> _stages = [];
    private long _since = Stopwatch.GetTimestamp();

    public void Passed(ConnectionTestStageName stage, string detail) => Add(stage, ConnectionTestOutcome.Passed, detail, null);

    public void Skipped(ConnectionTestStageName stage, string detail) => Add(stage, ConnectionTestOutcome.Skipped, detail, null);

    /// <summary>Records the failed stage and marks every later stage as not reached.</summary>
    public ConnectionTestResult Failed(ConnectionTestStageName stage, ConnectorException failure)
    {
        Add(stage, ConnectionTestOutcome.Failed, failure.Message, failure);
        foreach (var later in Enum.GetValues<ConnectionTestStageName>().Where(s => s > stage))
        {
            Add(later, ConnectionTestOutcome.Skipped, "not reached", null);
        }

        return Result;
    }

    public ConnectionTestResult Result => new([.. _stages]);

    private void Add(ConnectionTestStageName stage, ConnectionTestOutcome outcome, string detail, ConnectorException? failure)
    {
        var now = Stopwatch.GetTimestamp();
        _stages.Add(new ConnectionTestStage
        {
            Name = stage,
            Outcome = outcome,
            Duration = Stopwatch.GetElapsedTime(_since, now),
            Detail = detail,
            ErrorKind = failure?.Kind,
            KeysToFix = failure is null ? [] : failure.PropertyKeys.Count > 0 ? failure.PropertyKeys : ["/protocolAddress"],
        });
        _since = now;
    }
}
