using System.Net;
using Connectors.Oftp2.Exchange;
using Connectors.Oftp2.Profiles;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Oftp2.Sending;
using Connectors.Oftp2.Transport;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.State;
using Connectors.Sdk.Testing;
using Microsoft.Extensions.Logging;

namespace Connectors.Oftp2.Testing;

/// <summary>
/// Tries an OFTP2 profile stage by stage: resolve the profile, its secrets and the host; open TCP; TLS;
/// exchange SSIDs (identity and passwords, and secure authentication when agreed); end the session
/// normally. The session offers no file and takes none, but a response the partner owes us is accepted
/// as in any session, so nothing is lost by testing.
/// </summary>
internal sealed class Oftp2ConnectionTester(IOperationsStore operations, IStateStore state, ILogger logger)
{
    public async Task<ConnectionTestResult> TestAsync(string profileName, CancellationToken cancellationToken)
    {
        var clock = new StageClock();
        var resolved = await clock.RunAsync(ConnectionTestStageName.Resolve, () => ResolveAsync(profileName, cancellationToken), "/connectionName").ConfigureAwait(false);
        if (resolved.Profile is null)
        {
            SkipAfter(clock, ConnectionTestStageName.Resolve, clock.Failed ? "not reached" : "the partner has no host: it calls us, so there is nothing to connect to");
            return clock.Result;
        }

        var (profile, host) = (resolved.Profile, resolved.Host!);
        var timeout = TimeSpan.FromSeconds(profile.Network.ConnectTimeoutSeconds);
        var network = await clock.RunAsync(
            ConnectionTestStageName.Connect,
            async () => (await OdetteConnection.ConnectTcpAsync(host, profile.Port, timeout, cancellationToken).ConfigureAwait(false), $"TCP to {host}:{profile.Port}"),
            "/host",
            "/port").ConfigureAwait(false);
        var transport = network;
        if (!profile.Tls.Enabled)
        {
            clock.Skip(ConnectionTestStageName.Tls, "the profile does not use TLS");
        }
        else if (network is not null)
        {
            transport = await clock.RunAsync(
                ConnectionTestStageName.Tls,
                async () => (await OdetteConnection.SecureAsync(network, host, profile.Tls, timeout, cancellationToken).ConfigureAwait(false), "TLS 1.2 or later, certificate trusted"),
                "/tls/trustedCertificates",
                "/tls/serverName").ConfigureAwait(false);
        }
        else
        {
            clock.Skip(ConnectionTestStageName.Tls, "not reached");
        }

        if (transport is null)
        {
            SkipAfter(clock, ConnectionTestStageName.Tls, "not reached");
            return clock.Result;
        }

        await using (transport.ConfigureAwait(false))
        {
            await RunSessionAsync(clock, profileName, profile, transport, cancellationToken).ConfigureAwait(false);
        }

        return clock.Result;
    }

    private async Task<((Oftp2Profile? Profile, string? Host) Value, string Detail)> ResolveAsync(string profileName, CancellationToken cancellationToken)
    {
        var profile = operations.Get<Oftp2Profile>(profileName);
        _ = profile.LocalPassword.Reveal();
        _ = profile.PartnerPassword.Reveal();
        if (string.IsNullOrWhiteSpace(profile.Host))
        {
            return ((null, null), "profile found; the partner has no host");
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(profile.Host, cancellationToken).ConfigureAwait(false);
            return ((profile, profile.Host), $"{profile.Host} is {string.Join(", ", addresses.Select(a => a.ToString()))}");
        }
        catch (System.Net.Sockets.SocketException e)
        {
            throw new ConnectorException(ConnectorErrorKind.ConnectionFailed, $"the host '{profile.Host}' cannot be resolved: {e.SocketErrorCode}", e, propertyKeys: ["/host"]);
        }
    }

    private async Task RunSessionAsync(StageClock clock, string profileName, Oftp2Profile profile, Stream transport, CancellationToken cancellationToken)
    {
        var partner = new Oftp2SessionPartner(profileName, profile, state, sink: null, logger);
        var started = new TaskCompletionSource<NegotiatedSession>(TaskCreationOptions.RunContinuationsAsynchronously);
        var observer = new StartObserver(partner, started);
        var session = OdetteSession.RunAsInitiatorAsync(transport, partner.Offer(), observer, new SessionTimeouts { Response = TimeSpan.FromSeconds(profile.Network.ResponseTimeoutSeconds) }, logger, cancellationToken);
        try
        {
            await clock.RunAsync(
                ConnectionTestStageName.Authenticate,
                async () =>
                {
                    var first = await Task.WhenAny(started.Task, session).ConfigureAwait(false);
                    if (first == session && !started.Task.IsCompleted)
                    {
                        throw SessionResult.FailureOf(await session.ConfigureAwait(false));
                    }

                    var negotiated = await started.Task.ConfigureAwait(false);
                    return (true, $"SSIDs exchanged with {negotiated.PartnerCode}: level {(int)negotiated.Level}, buffer {negotiated.BufferSize}, credit {negotiated.Credit}{(negotiated.SecureAuthentication ? ", secure authentication passed" : string.Empty)}");
                },
                "/localCode",
                "/localPassword",
                "/partnerCode",
                "/partnerPassword").ConfigureAwait(false);
            await clock.RunAsync(
                ConnectionTestStageName.Session,
                async () =>
                {
                    var outcome = await session.ConfigureAwait(false);
                    return outcome.IsNormal ? (true, "session ended normally (ESID 00)") : throw SessionResult.FailureOf(outcome);
                }).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            clock.Skip(ConnectionTestStageName.Session, $"the connection was lost: {e.Message}");
        }
        finally
        {
            await partner.ReleaseAsync("connection test ended").ConfigureAwait(false);
        }
    }

    private static void SkipAfter(StageClock clock, ConnectionTestStageName last, string why)
    {
        foreach (var name in Enum.GetValues<ConnectionTestStageName>().Where(n => n > last))
        {
            clock.Skip(name, why);
        }
    }

    /// <summary>Passes everything to the real partner and signals when the SSIDs have been exchanged.</summary>
    private sealed class StartObserver(Oftp2SessionPartner inner, TaskCompletionSource<NegotiatedSession> started) : ISessionPartner
    {
        public ISecureAuthentication? SecureAuthentication => inner.SecureAuthentication;

        public ValueTask<Protocol.Reasons.EndSessionReason?> VerifyResponderAsync(StartSession responderStartSession, CancellationToken cancellationToken) =>
            inner.VerifyResponderAsync(responderStartSession, cancellationToken);

        public async ValueTask SessionStartedAsync(NegotiatedSession session, CancellationToken cancellationToken)
        {
            await inner.SessionStartedAsync(session, cancellationToken).ConfigureAwait(false);
            started.TrySetResult(session);
        }

        public ValueTask<OutboundResponse?> NextResponseAsync(CancellationToken cancellationToken) => inner.NextResponseAsync(cancellationToken);

        public ValueTask ResponseDeliveredAsync(OutboundResponse response, CancellationToken cancellationToken) => inner.ResponseDeliveredAsync(response, cancellationToken);

        public ValueTask<OutboundFile?> NextFileAsync(CancellationToken cancellationToken) => ValueTask.FromResult<OutboundFile?>(null);

        public ValueTask FileRefusedAsync(OutboundFile file, StartFileNegativeAnswer answer, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask FileEndedAsync(OutboundFile file, EndFile endFile, OdetteCommand answer, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask<InboundFileDecision> FileOfferedAsync(StartFile startFile, CancellationToken cancellationToken) => inner.FileOfferedAsync(startFile, cancellationToken);

        public ValueTask<EndFileDecision> FileReceivedAsync(InboundFile file, EndFile endFile, CancellationToken cancellationToken) => inner.FileReceivedAsync(file, endFile, cancellationToken);

        public ValueTask FileInterruptedAsync(InboundFile file, CancellationToken cancellationToken) => inner.FileInterruptedAsync(file, cancellationToken);

        public ValueTask ResponseReceivedAsync(OdetteCommand response, CancellationToken cancellationToken) => inner.ResponseReceivedAsync(response, cancellationToken);
    }
}
