using System.Diagnostics;
using Connectors.Sdk.Profiles;

namespace Connectors.Sdk.Conformance;

/// <summary>
/// The sends the checks look at, each against its own partner and profile: delivered, refused
/// connection, wrong credentials, silent partner. A send that has not ended after
/// <see cref="Guard"/> fails the check instead of hanging the test run.
/// </summary>
internal sealed class SenderScenarios(SenderConformanceAdapter adapter, ConformanceHost host)
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    /// <summary>Short back-off, so a retried failure ends in well under a second.</summary>
    public static NetworkSettings Quick => new()
    {
        ConnectTimeoutSeconds = 10,
        ResponseTimeoutSeconds = 10,
        MaxAttempts = 2,
        InitialBackoffSeconds = 0.05,
        MaxBackoffSeconds = 0.05,
    };

    /// <summary>The shortest response timeout a profile allows, and no retry.</summary>
    public static NetworkSettings Impatient => new() { ConnectTimeoutSeconds = 10, ResponseTimeoutSeconds = 1, MaxAttempts = 1 };

    /// <summary>Timeouts far longer than any check, so only cancellation can end a wait.</summary>
    public static NetworkSettings Patient => new() { ConnectTimeoutSeconds = 600, ResponseTimeoutSeconds = 3600, MaxAttempts = 1 };

    public async Task<SendAttempt> DeliverAsync(CancellationToken cancellationToken)
    {
        var partner = await adapter.StartPartnerAsync(cancellationToken).ConfigureAwait(false);
        return await SendAsync("sending to a running partner", "partner", new PartnerProfileRequest(partner, Quick)).ConfigureAwait(false);
    }

    public async Task<SendAttempt> RefusedConnectionAsync(CancellationToken cancellationToken)
    {
        var partner = await adapter.StartRefusingPartnerAsync(cancellationToken).ConfigureAwait(false);
        return await SendAsync("sending to a partner that refuses the TCP connection", "refusing-partner", new PartnerProfileRequest(partner, Quick)).ConfigureAwait(false);
    }

    public async Task<SendAttempt> WrongCredentialsAsync(CancellationToken cancellationToken)
    {
        var partner = await adapter.StartPartnerAsync(cancellationToken).ConfigureAwait(false);
        return await SendAsync("sending with credentials the partner refuses", "partner-with-wrong-credentials", new PartnerProfileRequest(partner, Quick, WrongCredentials: true)).ConfigureAwait(false);
    }

    public async Task<SendAttempt> SilentPartnerAsync(CancellationToken cancellationToken)
    {
        var partner = await adapter.StartSilentPartnerAsync(cancellationToken).ConfigureAwait(false);
        return await SendAsync("sending to a partner that never answers, with a response timeout of 1 s", "silent-partner", new PartnerProfileRequest(partner, Impatient)).ConfigureAwait(false);
    }

    /// <summary>Every failing scenario, in order.</summary>
    public async Task<IReadOnlyList<SendAttempt>> FailuresAsync(CancellationToken cancellationToken) =>
    [
        await RefusedConnectionAsync(cancellationToken).ConfigureAwait(false),
        await WrongCredentialsAsync(cancellationToken).ConfigureAwait(false),
        await SilentPartnerAsync(cancellationToken).ConfigureAwait(false),
    ];

    private async Task<SendAttempt> SendAsync(string situation, string profileName, PartnerProfileRequest request)
    {
        host.UseProfile(profileName, adapter.CreateProfile(request));
        var properties = adapter.ValidProperties(profileName);
        var message = adapter.CreateMessage();
        await using var payload = message.Payload.ConfigureAwait(false);
        using var abandon = new CancellationTokenSource();
        var started = Stopwatch.GetTimestamp();
        var sending = host.SendAsync(properties, message, abandon.Token);
        if (await Task.WhenAny(sending, Task.Delay(Guard, CancellationToken.None)).ConfigureAwait(false) != sending)
        {
            await abandon.CancelAsync().ConfigureAwait(false);
            Assert.Fail($"{host.ConnectorId}: {situation}, the send had not ended after {Guard.TotalSeconds:0} s");
        }

        try
        {
            var receipt = await sending.ConfigureAwait(false);
            return new SendAttempt(situation, receipt, null, Stopwatch.GetElapsedTime(started));
        }
        catch (Exception e)
        {
            return new SendAttempt(situation, null, e, Stopwatch.GetElapsedTime(started));
        }
    }
}
