using System.Diagnostics;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Secrets;
using Connectors.Sdk.Testing;

namespace Connectors.Oftp2.Testing;

/// <summary>Runs the stages of a connection test in order, timing each; after a failure the rest are skipped.</summary>
internal sealed class StageClock
{
    private readonly List<ConnectionTestStage> _stages = [];

    public bool Failed => _stages.Any(s => s.Outcome == ConnectionTestOutcome.Failed);

    public ConnectionTestResult Result => new(_stages);

    /// <summary>Runs <paramref name="stage"/> unless an earlier one failed; a thrown error becomes the stage's failure.</summary>
    public async Task<T?> RunAsync<T>(ConnectionTestStageName name, Func<Task<(T Value, string Detail)>> stage, params string[] keysOnFailure)
    {
        if (Failed)
        {
            Skip(name, "not reached");
            return default;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var (value, detail) = await stage().ConfigureAwait(false);
            _stages.Add(new ConnectionTestStage { Name = name, Outcome = ConnectionTestOutcome.Passed, Duration = Stopwatch.GetElapsedTime(started), Detail = detail });
            return value;
        }
        catch (ConnectorException e)
        {
            Fail(name, started, e.Message, e.Kind, e.PropertyKeys.Count > 0 ? e.PropertyKeys : keysOnFailure);
        }
        catch (SecretResolutionException e)
        {
            Fail(name, started, e.Message, ConnectorErrorKind.Configuration, keysOnFailure);
        }

        return default;
    }

    public void Skip(ConnectionTestStageName name, string why) =>
        _stages.Add(new ConnectionTestStage { Name = name, Outcome = ConnectionTestOutcome.Skipped, Detail = why });

    private void Fail(ConnectionTestStageName name, long started, string detail, ConnectorErrorKind kind, IReadOnlyList<string> keys) =>
        _stages.Add(new ConnectionTestStage
        {
            Name = name,
            Outcome = ConnectionTestOutcome.Failed,
            Duration = Stopwatch.GetElapsedTime(started),
            Detail = detail,
            ErrorKind = kind,
            KeysToFix = keys,
        });
}
