using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Retry;
using Connectors.Sdk.Profiles;

namespace Connectors.Sdk.Hosting.Tests.Retry;

public sealed class When_a_profile_sets_retries
{
    private static readonly NetworkSettings ThreeQuickAttempts = new() { MaxAttempts = 3, InitialBackoffSeconds = 0.01, MaxBackoffSeconds = 0.05 };

    [Fact]
    public async Task A_retryable_failure_is_tried_max_attempts_times()
    {
        var attempts = 0;
        var pipeline = RetryPipelineFactory.Create(ThreeQuickAttempts);

        await Assert.ThrowsAsync<ConnectorException>(async () => await pipeline.ExecuteAsync(_ =>
        {
            attempts++;
            throw new ConnectorException(ConnectorErrorKind.ConnectionFailed, "refused");
        }));

        Assert.True(attempts == 3, $"expected 3 attempts, made {attempts}");
    }

    [Fact]
    public async Task An_authentication_failure_is_not_retried()
    {
        var attempts = 0;
        var pipeline = RetryPipelineFactory.Create(ThreeQuickAttempts);

        await Assert.ThrowsAsync<ConnectorException>(async () => await pipeline.ExecuteAsync(_ =>
        {
            attempts++;
            throw new ConnectorException(ConnectorErrorKind.Authentication, "denied");
        }));

        Assert.True(attempts == 1, $"an authentication failure was tried {attempts} times");
    }

    [Fact]
    public async Task A_failure_that_passes_is_forgotten()
    {
        var attempts = 0;
        var pipeline = RetryPipelineFactory.Create(ThreeQuickAttempts);

        var result = await pipeline.ExecuteAsync(_ =>
        {
            attempts++;
            return attempts < 2 ? throw new ConnectorException(ConnectorErrorKind.Timeout, "slow") : ValueTask.FromResult("sent");
        });

        Assert.Equal("sent", result);
        Assert.True(attempts == 2, $"expected the second attempt to pass, made {attempts}");
    }
}
