using Connectors.Sdk.Errors;

namespace Connectors.Sdk.Conformance;

/// <summary>
/// Checks that failures carry the kind an operator and the retry policy act on: network trouble is
/// retried, wrong credentials are not.
/// </summary>
public static class ErrorConformance
{
    /// <summary>A partner that refuses the TCP connection is <see cref="ConnectorErrorKind.ConnectionFailed"/>, and retryable.</summary>
    public static async Task RefusedConnectionIsConnectionFailedAsync(SenderConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        await ExpectAsync(adapter, (scenarios, ct) => scenarios.RefusedConnectionAsync(ct), ConnectorErrorKind.ConnectionFailed, retryable: true).ConfigureAwait(false);
    }

    /// <summary>Credentials the partner refuses are <see cref="ConnectorErrorKind.Authentication"/>, and not retryable.</summary>
    public static async Task WrongCredentialsAreAuthenticationAsync(SenderConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        await ExpectAsync(adapter, (scenarios, ct) => scenarios.WrongCredentialsAsync(ct), ConnectorErrorKind.Authentication, retryable: false).ConfigureAwait(false);
    }

    /// <summary>
    /// A partner that never answers is <see cref="ConnectorErrorKind.Timeout"/>, retryable, and ends
    /// soon after the profile's response timeout of 1 s rather than hanging.
    /// </summary>
    public static async Task SilentPartnerIsTimeoutAsync(SenderConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var failure = await ExpectAsync(adapter, (scenarios, ct) => scenarios.SilentPartnerAsync(ct), ConnectorErrorKind.Timeout, retryable: true).ConfigureAwait(false);
        var limit = TimeSpan.FromSeconds(SenderScenarios.Impatient.ResponseTimeoutSeconds * 10);
        Assert.True(
            failure.Elapsed < limit,
            $"{adapter.ConnectorId}: {failure.Situation}, it took {failure.Elapsed.TotalSeconds:0.0} s to time out; it should end soon after the profile's response timeout");
    }

    private static async Task<SendAttempt> ExpectAsync(
        SenderConformanceAdapter adapter,
        Func<SenderScenarios, CancellationToken, Task<SendAttempt>> scenario,
        ConnectorErrorKind kind,
        bool retryable)
    {
        var secrets = new SecretLeakFinder(adapter.ConnectorId, adapter.SecretValues);
        var host = ConformanceHost.Start(adapter);
        await using (host.ConfigureAwait(false))
        {
            var attempt = await scenario(new SenderScenarios(adapter, host), CancellationToken.None).ConfigureAwait(false);
            var failure = attempt.ExpectConnectorException(adapter.ConnectorId, secrets);
            Assert.True(
                failure.Kind == kind,
                $"{adapter.ConnectorId}: {attempt.Situation}, the failure is classified {failure.Kind}, not {kind}: {secrets.Mask(failure.Message)}");
            Assert.True(
                failure.IsRetryable == retryable,
                $"{adapter.ConnectorId}: {attempt.Situation}, the {kind} failure says it is {(failure.IsRetryable ? string.Empty : "not ")}retryable; it should {(retryable ? string.Empty : "not ")}be");
            return attempt;
        }
    }
}
