using System.Reflection;
using Connectors.Sdk.Connectors;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Testing;

namespace Connectors.Sdk.Conformance;

/// <summary>
/// Checks a sender that is also an <see cref="IConnectionTester"/>: a failed test names the stage that
/// failed, its kind and the keys to fix, never throws, and shows no secret.
/// </summary>
public static class ConnectionTestConformance
{
    /// <summary>A partner that refuses the TCP connection fails the test at <see cref="ConnectionTestStageName.Connect"/> as a connection failure.</summary>
    public static async Task RefusedConnectionFailsAtConnectAsync(SenderConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        await ExpectFailureAsync(
            adapter,
            adapter.StartRefusingPartnerAsync,
            wrongCredentials: false,
            "testing a profile whose partner refuses the TCP connection",
            ConnectionTestStageName.Connect,
            ConnectorErrorKind.ConnectionFailed).ConfigureAwait(false);
    }

    /// <summary>Credentials the partner refuses fail the test at <see cref="ConnectionTestStageName.Authenticate"/> as an authentication failure.</summary>
    public static async Task WrongCredentialsFailAtAuthenticateAsync(SenderConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        await ExpectFailureAsync(
            adapter,
            adapter.StartPartnerAsync,
            wrongCredentials: true,
            "testing a profile with credentials the partner refuses",
            ConnectionTestStageName.Authenticate,
            ConnectorErrorKind.Authentication).ConfigureAwait(false);
    }

    /// <summary>A profile with the right credentials for a running partner passes every stage it does not skip.</summary>
    public static async Task ValidProfilePassesAsync(SenderConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var (result, situation, secrets) = await TestAsync(adapter, adapter.StartPartnerAsync, wrongCredentials: false, "testing a profile for a running partner").ConfigureAwait(false);
        Assert.True(
            result.Succeeded,
            $"{adapter.ConnectorId}: {situation}, stage {result.FirstFailure?.Name} failed: {secrets.Mask(result.FirstFailure?.Detail)}");
        Assert.True(
            result.Stages.Any(s => s.Outcome == ConnectionTestOutcome.Passed),
            $"{adapter.ConnectorId}: {situation}, no stage passed; a test that skips everything proves nothing");
    }

    private static async Task ExpectFailureAsync(
        SenderConformanceAdapter adapter,
        Func<CancellationToken, Task<System.Net.IPEndPoint>> startPartner,
        bool wrongCredentials,
        string situation,
        ConnectionTestStageName stage,
        ConnectorErrorKind kind)
    {
        var (result, _, secrets) = await TestAsync(adapter, startPartner, wrongCredentials, situation).ConfigureAwait(false);
        var failure = result.FirstFailure;
        if (failure is null)
        {
            Assert.Fail($"{adapter.ConnectorId}: {situation}, every stage passed or was skipped; the {stage} stage should have failed");
            return;
        }

        Assert.True(failure.Name == stage, $"{adapter.ConnectorId}: {situation}, the {failure.Name} stage failed, not the {stage} stage: {secrets.Mask(failure.Detail)}");
        Assert.True(failure.ErrorKind == kind, $"{adapter.ConnectorId}: {situation}, the failed stage says {failure.ErrorKind?.ToString() ?? "no kind"}, not {kind}");
        Assert.True(failure.KeysToFix.Count > 0, $"{adapter.ConnectorId}: {situation}, the failed stage names no profile keys to fix");
        Assert.True(!string.IsNullOrWhiteSpace(failure.Detail), $"{adapter.ConnectorId}: {situation}, the failed stage says nothing about what went wrong");
    }

    private static async Task<(ConnectionTestResult Result, string Situation, SecretLeakFinder Secrets)> TestAsync(
        SenderConformanceAdapter adapter,
        Func<CancellationToken, Task<System.Net.IPEndPoint>> startPartner,
        bool wrongCredentials,
        string situation)
    {
        var secrets = new SecretLeakFinder(adapter.ConnectorId, adapter.SecretValues);
        var host = ConformanceHost.Start(adapter);
        await using (host.ConfigureAwait(false))
        {
            if (host.Connector is not IConnectionTester tester)
            {
                Assert.Fail($"{adapter.ConnectorId}: it does not implement IConnectionTester, so its connection cannot be tested");
                throw new InvalidOperationException("unreachable");
            }

            var profileType = host.Descriptor.ProfileType?.GetCustomAttribute<ProfileTypeAttribute>()?.Id;
            Assert.True(
                tester.ProfileTypeId == profileType,
                $"{adapter.ConnectorId}: it tests profiles of type '{tester.ProfileTypeId}' but its descriptor names profile type '{profileType}'");

            var partner = await startPartner(CancellationToken.None).ConfigureAwait(false);
            var request = new PartnerProfileRequest(partner, SenderScenarios.Quick, wrongCredentials);
            var profileName = host.UseProfile(ConformanceDocuments.ProfileName, adapter.CreateProfile(request));
            ConnectionTestResult result;
            try
            {
                result = await tester.TestConnectionAsync(profileName, CancellationToken.None).WaitAsync(SenderScenarios.Guard).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                Assert.Fail($"{adapter.ConnectorId}: {situation}, the test had not ended after {SenderScenarios.Guard.TotalSeconds:0} s");
                throw;
            }
            catch (Exception e)
            {
                Assert.Fail($"{adapter.ConnectorId}: {situation}, it threw {e.GetType().Name} instead of reporting a failed stage: {secrets.Mask(e.Message)}");
                throw;
            }

            foreach (var stage in result.Stages)
            {
                secrets.AssertAbsent(stage.Detail, $"the detail of the {stage.Name} stage when {situation}");
            }

            return (result, situation, secrets);
        }
    }
}
