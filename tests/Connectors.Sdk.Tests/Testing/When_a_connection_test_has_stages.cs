using Connectors.Sdk.Testing;

namespace Connectors.Sdk.Tests.Testing;

public sealed class When_a_connection_test_has_stages
{
    [Fact]
    public void It_succeeds_only_without_a_failed_stage_and_reports_the_first_failure()
    {
        var result = new ConnectionTestResult(
        [
            new ConnectionTestStage { Name = ConnectionTestStageName.Resolve, Outcome = ConnectionTestOutcome.Passed, Duration = TimeSpan.FromMilliseconds(3) },
            new ConnectionTestStage { Name = ConnectionTestStageName.Connect, Outcome = ConnectionTestOutcome.Passed, Duration = TimeSpan.FromMilliseconds(10) },
            new ConnectionTestStage { Name = ConnectionTestStageName.Tls, Outcome = ConnectionTestOutcome.Skipped },
            new ConnectionTestStage { Name = ConnectionTestStageName.Authenticate, Outcome = ConnectionTestOutcome.Failed, KeysToFix = ["/password"] },
            new ConnectionTestStage { Name = ConnectionTestStageName.Session, Outcome = ConnectionTestOutcome.Skipped },
        ]);

        Assert.False(result.Succeeded, "a failed stage was reported as success");
        Assert.Equal(ConnectionTestStageName.Authenticate, result.FirstFailure?.Name);
        Assert.Equal(TimeSpan.FromMilliseconds(13), result.TotalDuration);
    }
}
