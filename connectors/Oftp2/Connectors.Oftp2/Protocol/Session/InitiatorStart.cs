using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// The initiator's start session phase (RFC 5024 §4.2.2, §9.8 states I_WF_RM and I_WF_SSID): wait for the SSRM, send
/// our SSID, check the responder's identity and its answer, then authenticate when both asked for it.
/// </summary>
internal static class InitiatorStart
{
    public static async Task RunAsync(SessionContext session, SessionOffer offer, ISessionPartner partner)
    {
        var channel = session.Channel;
        session.Partner = partner;

        // "The first message must be sent by the Responder" (§4.2.2): transition H.
        channel.State = SessionState.I_WF_RM;
        var ready = await channel.ReceiveCommandAsync().ConfigureAwait(false);
        if (ready is not StartSessionReadyMessage)
        {
            throw SessionErrors.Unexpected(ready.Code, channel.State);
        }

        var ours = SessionNegotiation.Open(offer);
        await channel.SendAsync(ours).ConfigureAwait(false);

        // Transition D: the responder's SSID answers ours.
        channel.State = SessionState.I_WF_SSID;
        var answer = await channel.ReceiveCommandAsync().ConfigureAwait(false);
        if (answer is not StartSession theirs)
        {
            throw SessionErrors.Unexpected(answer.Code, channel.State);
        }

        if (await partner.VerifyResponderAsync(theirs, session.Cancellation).ConfigureAwait(false) is { } refusal)
        {
            throw new SessionAbortException(refusal, refusal.Describe(), $"the responder {theirs.IdentificationCode} was not accepted");
        }

        var negotiated = SessionNegotiation.Agree(SessionRole.Initiator, ours, theirs);
        session.Agree(negotiated, ours, theirs);
        if (negotiated.SecureAuthentication)
        {
            await SecureAuthenticationExchange.RunAsInitiatorAsync(session, partner.SecureAuthentication).ConfigureAwait(false);
        }
    }
}
