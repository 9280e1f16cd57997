using Connectors.Sdk.Errors;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Connectors.Sdk.Hosting.Retry;

/// <summary>
/// Builds the retry pipeline of a profile from its network settings: retryable connector errors
/// (connection failed, timeout, partner unavailable) are retried with exponential back-off and jitter;
/// authentication, configuration and rejections are not, since trying again cannot help.
/// </summary>
public static class RetryPipelineFactory
{
    public static ResiliencePipeline Create(NetworkSettings network, ILogger? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        var builder = new ResiliencePipelineBuilder();
        if (time is not null)
        {
            builder.TimeProvider = time;
        }

        if (network.MaxAttempts <= 1)
        {
            return builder.Build();
        }

        return builder
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = network.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(network.InitialBackoffSeconds),
                MaxDelay = TimeSpan.FromSeconds(Math.Max(network.InitialBackoffSeconds, network.MaxBackoffSeconds)),
                ShouldHandle = new PredicateBuilder().Handle<ConnectorException>(e => e.IsRetryable),
                OnRetry = args =>
                {
                    logger?.LogWarning(
                        "Attempt {Attempt} of {MaxAttempts} failed ({Reason}); retrying in {Delay}",
                        args.AttemptNumber + 1,
                        network.MaxAttempts,
                        args.Outcome.Exception?.Message,
                        args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }
}
