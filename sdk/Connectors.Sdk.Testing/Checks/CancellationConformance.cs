using Connectors.Sdk.Errors;

namespace Connectors.Sdk.Conformance;

/// <summary>
/// Checks that a connector stops within <see cref="Limit"/> of being cancelled, whatever it waits
/// for, and says so with an <see cref="OperationCanceledException"/> rather than an error of its own.
/// </summary>
public static class CancellationConformance
{
    /// <summary>How soon after cancellation a connector must have stopped.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);

    /// <summary>How long the connector runs before it is cancelled, so it is well inside its wait.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(500);

    /// <summary>A sender cancelled while its TCP handshake hangs stops within a second.</summary>
    public static async Task SenderStopsWhileConnectingAsync(SenderConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var partner = await adapter.StartNeverAcceptingPartnerAsync(CancellationToken.None).ConfigureAwait(false);
        await SenderStopsAsync(adapter, new PartnerProfileRequest(partner, SenderScenarios.Patient), "cancelled while connecting to a partner that never accepts").ConfigureAwait(false);
    }

    /// <summary>A sender cancelled while it waits for a partner that never answers stops within a second.</summary>
    public static async Task SenderStopsWhileWaitingForAnswerAsync(SenderConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var partner = await adapter.StartSilentPartnerAsync(CancellationToken.None).ConfigureAwait(false);
        await SenderStopsAsync(adapter, new PartnerProfileRequest(partner, SenderScenarios.Patient), "cancelled while waiting for a partner that never answers").ConfigureAwait(false);
    }

    /// <summary>A receiver that is listening stops within a second of being cancelled, and without an error.</summary>
    public static async Task ReceiverStopsAsync(ConnectorConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var host = ConformanceHost.Start(adapter);
        await using (host.ConfigureAwait(false))
        {
            var secrets = new SecretLeakFinder(adapter.ConnectorId, adapter.SecretValues);
            var profileName = host.UseProfile(ConformanceDocuments.ProfileName, adapter.CreateProfile(PartnerProfileRequest.ForInspection(wrongCredentials: false)));
            var properties = adapter.ValidProperties(profileName);
            var outcome = await CancelWhileRunningAsync(cancel => host.ReceiveAsync(properties, new DiscardingSink(), cancel)).ConfigureAwait(false);
            const string Situation = "cancelled while listening";
            AssertStopped(adapter.ConnectorId, Situation, outcome, secrets);
            if (outcome.Running.Exception?.InnerException is { } failure and not OperationCanceledException)
            {
                Assert.Fail($"{adapter.ConnectorId}: {Situation}, it ended with {failure.GetType().Name} instead of stopping quietly: {secrets.Mask(failure.Message)}");
            }
        }
    }

    private static async Task SenderStopsAsync(SenderConformanceAdapter adapter, PartnerProfileRequest request, string situation)
    {
        var host = ConformanceHost.Start(adapter);
        await using (host.ConfigureAwait(false))
        {
            var secrets = new SecretLeakFinder(adapter.ConnectorId, adapter.SecretValues);
            var profileName = host.UseProfile(ConformanceDocuments.ProfileName, adapter.CreateProfile(request));
            var properties = adapter.ValidProperties(profileName);
            var message = adapter.CreateMessage();
            await using var payload = message.Payload.ConfigureAwait(false);
            var outcome = await CancelWhileRunningAsync(cancel => host.SendAsync(properties, message, cancel)).ConfigureAwait(false);
            AssertStopped(adapter.ConnectorId, situation, outcome, secrets);
            switch (outcome.Running)
            {
                case { IsCanceled: true }:
                    return;
                case { IsFaulted: true, Exception.InnerException: OperationCanceledException }:
                    return;
                case { IsFaulted: true, Exception.InnerException: ConnectorException failure }:
                    Assert.Fail($"{adapter.ConnectorId}: {situation}, it reported a {failure.Kind} failure instead of an OperationCanceledException: {secrets.Mask(failure.Message)}");
                    return;
                case { IsFaulted: true, Exception.InnerException: { } other }:
                    Assert.Fail($"{adapter.ConnectorId}: {situation}, it threw {other.GetType().Name} instead of an OperationCanceledException: {secrets.Mask(other.Message)}");
                    return;
                default:
                    Assert.Fail($"{adapter.ConnectorId}: {situation}, it returned a receipt instead of an OperationCanceledException");
                    return;
            }
        }
    }

    private static void AssertStopped(string connectorId, string situation, CancellationOutcome outcome, SecretLeakFinder secrets)
    {
        if (outcome.EndedBeforeCancellation)
        {
            var how = outcome.Running.Exception?.InnerException is { } early
                ? $"{early.GetType().Name}: {secrets.Mask(early.Message)}"
                : "without an error";
            Assert.Fail($"{connectorId}: {situation}, it had already ended {Settle.TotalMilliseconds:0} ms after it started, {how}; it should still have been waiting");
        }

        Assert.True(
            outcome.Running.IsCompleted,
            $"{connectorId}: {situation}, it was still running {Limit.TotalSeconds:0} s after it was cancelled; every wait must take the cancellation token");
    }

    private static async Task<CancellationOutcome> CancelWhileRunningAsync(Func<CancellationToken, Task> run)
    {
        using var cancellation = new CancellationTokenSource();
        var running = Task.Run(() => run(cancellation.Token), CancellationToken.None);
        await Task.WhenAny(running, Task.Delay(Settle, CancellationToken.None)).ConfigureAwait(false);
        if (running.IsCompleted)
        {
            return new CancellationOutcome(running, EndedBeforeCancellation: true);
        }

        await cancellation.CancelAsync().ConfigureAwait(false);
        await Task.WhenAny(running, Task.Delay(Limit, CancellationToken.None)).ConfigureAwait(false);
        return new CancellationOutcome(running, EndedBeforeCancellation: false);
    }

    private sealed record CancellationOutcome(Task Running, bool EndedBeforeCancellation);
}
