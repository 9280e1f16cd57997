using Connectors.Oftp2.Profiles;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Sdk.Messages;
using Connectors.Sdk.State;
using Microsoft.Extensions.Logging;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// Our side of a session with one partner, whichever side opened it: we send the EERPs and NERPs we owe
/// and the files we have for the partner, take in its files for the flow, and complete our deliveries
/// when its responses arrive. The profile's security agreement applies both ways: secure authentication
/// with its certificates, its policy for files we take in, and the checks of signed receipts.
/// </summary>
internal sealed class Oftp2SessionPartner : ISessionPartner
{
    private readonly string _partner;
    private readonly Oftp2Profile _profile;
    private readonly OwedResponses _responses;
    private readonly ResponseTracking _tracking;
    private readonly InboundFiles? _inbound;
    private bool _restartAgreed;

    public Oftp2SessionPartner(string partnerName, Oftp2Profile profile, IStateStore state, IMessageSink? sink, ILogger logger)
    {
        _partner = partnerName;
        _profile = profile;
        var certificates = new ProfileCertificates(profile.Security, partnerName, logger);
        _responses = new OwedResponses(state.Outbound, partnerName);
        _tracking = new ResponseTracking(state.Deliveries, partnerName, certificates, logger);
        Files = new OutboundFiles(state, partnerName, logger);
        _inbound = sink is null ? null : new InboundFiles(state, sink, partnerName, profile.LocalCode, profile.Security, certificates, _responses, logger);
        SecureAuthentication = profile.Security.SecureAuthentication
            ? new CertificateAuthentication(certificates, (CipherSuite)(int)profile.Security.CipherSuite)
            : null;
    }

    /// <summary>The files this session offers; a sender adds its file here before the session starts.</summary>
    public OutboundFiles Files { get; }

    /// <summary>Whether this side takes files in; a session without a sink announces itself as send-only.</summary>
    public bool CanReceive => _inbound is not null;

    public NegotiatedSession? Negotiated { get; private set; }

    /// <summary>Present when the profile asks for secure authentication (SSIDAUTH); the session runs it when both sides do.</summary>
    public ISecureAuthentication? SecureAuthentication { get; }

    public ValueTask<EndSessionReason?> VerifyResponderAsync(StartSession responderStartSession, CancellationToken cancellationToken)
    {
        if (!string.Equals(responderStartSession.IdentificationCode.Trim(), _profile.PartnerCode, StringComparison.Ordinal))
        {
            return ValueTask.FromResult<EndSessionReason?>(EndSessionReason.UserCodeNotKnown);
        }

        return ValueTask.FromResult<EndSessionReason?>(
            PasswordCheck.Matches(responderStartSession.Password, _profile.PartnerPassword.Reveal()) ? null : EndSessionReason.InvalidPassword);
    }

    public ValueTask SessionStartedAsync(NegotiatedSession session, CancellationToken cancellationToken)
    {
        Negotiated = session;
        _restartAgreed = session.Restart;
        return ValueTask.CompletedTask;
    }

    public ValueTask<OutboundResponse?> NextResponseAsync(CancellationToken cancellationToken) => _responses.NextAsync(cancellationToken);

    public ValueTask ResponseDeliveredAsync(OutboundResponse response, CancellationToken cancellationToken) => _responses.DeliveredAsync(response, cancellationToken);

    public ValueTask<OutboundFile?> NextFileAsync(CancellationToken cancellationToken) => Files.NextAsync(cancellationToken);

    public ValueTask FileRefusedAsync(OutboundFile file, StartFileNegativeAnswer answer, CancellationToken cancellationToken) =>
        Files.RefusedAsync(file, answer, cancellationToken);

    public ValueTask FileEndedAsync(OutboundFile file, EndFile endFile, OdetteCommand answer, CancellationToken cancellationToken) =>
        Files.EndedAsync(file, answer, cancellationToken);

    public ValueTask<InboundFileDecision> FileOfferedAsync(StartFile startFile, CancellationToken cancellationToken) =>
        _inbound is null
            ? ValueTask.FromResult<InboundFileDecision>(new InboundFileDecision.Refuse(StartFileNegativeReason.FileDirectionRefused, "this session does not take files", RetryLater: true))
            : _inbound.OfferedAsync(startFile, _restartAgreed, cancellationToken);

    public ValueTask<EndFileDecision> FileReceivedAsync(InboundFile file, EndFile endFile, CancellationToken cancellationToken) =>
        _inbound!.ReceivedAsync(file, cancellationToken);

    public ValueTask FileInterruptedAsync(InboundFile file, CancellationToken cancellationToken) =>
        _inbound?.InterruptedAsync(file) ?? ValueTask.CompletedTask;

    public ValueTask ResponseReceivedAsync(OdetteCommand response, CancellationToken cancellationToken) =>
        _tracking.ReceivedAsync(response, cancellationToken);

    /// <summary>After the session: whatever it took from the queues but did not finish goes back for the next one.</summary>
    public async Task ReleaseAsync(string why)
    {
        await Files.ReleaseAsync(why, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Our SSID for this partner, from its profile.</summary>
    public SessionOffer Offer() => SessionOffers.For(_profile, CanReceive);
}
