using Connectors.Oftp2.Protocol.Commands;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// The responder's start session phase (RFC 5024 §4.2.2, §9.8 states A_NC_ONLY and A_WF_CONRS): send the SSRM,
/// admit the caller by its SSID, answer with ours, then authenticate when both asked for it.
/// </summary>
internal static class ResponderStart
{
    public static async Task RunAsync(SessionContext session, ICallerDirectory callers)
    {
        var channel = session.Channel;

        // Transition B: the ready message opens the dialogue.
        channel.State = SessionState.A_NC_ONLY;
        await channel.SendAsync(StartSessionReadyMessage.Instance).ConfigureAwait(false);
        var opening = await channel.ReceiveCommandAsync().ConfigureAwait(false);
        if (opening is not StartSession caller)
        {
            throw SessionErrors.Unexpected(opening.Code, channel.State);
        }

        // Transition E, then G once the application answered (F_CONNECT_RS).
        var admission = await callers.AdmitAsync(caller, session.Cancellation).ConfigureAwait(false);
        if (admission is CallerAdmission.Refuse refusal)
        {
            throw new SessionAbortException(refusal.Reason, refusal.Text, $"the caller {caller.IdentificationCode} was refused");
        }

        var (offer, partner) = admission as CallerAdmission.Admit
            ?? throw new InvalidOperationException($"{callers.GetType().Name}.AdmitAsync must admit or refuse the caller");
        SessionNegotiation.Validate(offer);
        ArgumentNullException.ThrowIfNull(partner);
        session.Partner = partner;
        var ours = SessionNegotiation.Answer(offer, caller);
        var negotiated = SessionNegotiation.Agree(SessionRole.Responder, ours, caller);
        if (negotiated.SecureAuthentication && partner.SecureAuthentication is null)
        {
            throw SecureAuthenticationExchange.Unavailable();
        }

        await channel.SendAsync(ours).ConfigureAwait(false);
        session.Agree(negotiated, ours, caller);
        if (negotiated.SecureAuthentication)
        {
            await SecureAuthenticationExchange.RunAsResponderAsync(session, partner.SecureAuthentication).ConfigureAwait(false);
        }
    }
}
