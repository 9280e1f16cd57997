using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// Runs a session from its start phase to its outcome, and turns every way it can end into the right close
/// (RFC 5024 §3.4): our ESID 00 after the last turn, the partner's ESID, an ESID for a protocol error with the
/// reason §5.3.11 gives it, ESID 09 for a silent partner, ESID 05 when the caller cancels, a lost connection. A
/// file in reception when the session ends is handed back to the application for a later restart.
/// </summary>
internal static class SessionSupervisor
{
    // How long a cancelled session may spend getting its ESID 05 out.
    private static readonly TimeSpan CancelledCloseGrace = TimeSpan.FromMilliseconds(200);

    public static async Task<SessionOutcome> RunAsync(SessionContext session, Func<SessionContext, Task> startAsync)
    {
        try
        {
            await startAsync(session).ConfigureAwait(false);
            var agreed = session.Agreed;
            session.Logger.SessionStarted(agreed);
            await session.Partner.SessionStartedAsync(agreed, session.Cancellation).ConfigureAwait(false);
            await SessionTurns.RunAsync(session).ConfigureAwait(false);

            // §9.10 E: F_RELEASE_RQ(normal) in IDLESPCD.
            await session.Channel.CloseAsync(new EndSession(EndSessionReason.NormalTermination), session.Timeouts.Disconnect, awaitDisconnect: true).ConfigureAwait(false);
            session.Logger.EndedNormally();
            return session.Outcome(EndSessionReason.NormalTermination, EndSessionReason.NormalTermination.Describe(), endedByPartner: false);
        }
        catch (PartnerEndedSessionException e)
        {
            var endSession = e.EndSession;
            session.Logger.EndedByPartner(endSession);
            await InterruptInboundAsync(session).ConfigureAwait(false);
            var text = endSession.ReasonText.Length > 0 ? endSession.ReasonText : endSession.Reason.Describe();
            return session.Outcome(endSession.Reason, text, endedByPartner: true);
        }
        catch (OdetteConnectionLostException e)
        {
            e.InsideFile = session.Inbound is not null || session.SendingFile;
            e.Negotiated = session.Negotiated;
            session.Logger.ConnectionLost(e);
            await InterruptInboundAsync(session).ConfigureAwait(false);
            throw;
        }
        catch (PartnerTimeoutException e)
        {
            return await EndAsync(session, EndSessionReason.TimeOut, EndSessionReason.TimeOut.Describe(), e).ConfigureAwait(false);
        }
        catch (OdetteProtocolException e)
        {
            return await EndAsync(session, e.Reason, SessionErrors.ReasonText(e), e).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (session.Cancellation.IsCancellationRequested)
        {
            // §3.4.2: the user monitor's "local site emergency close down".
            await EndAsync(session, EndSessionReason.LocalSiteEmergencyCloseDown, EndSessionReason.LocalSiteEmergencyCloseDown.Describe(), e).ConfigureAwait(false);
            throw;
        }
        catch (Exception e)
        {
            // The application failed (a callback, a payload, a file that does not match its SFID): the partner is
            // told the session ends, the caller gets the exception.
            await EndAsync(session, EndSessionReason.UnspecifiedAbort, EndSessionReason.UnspecifiedAbort.Describe(), e).ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<SessionOutcome> EndAsync(SessionContext session, EndSessionReason reason, string reasonText, Exception cause)
    {
        session.Logger.Ending(reason, cause.Message, cause is OdetteProtocolException or PartnerTimeoutException ? null : cause);

        // A partner that stopped answering will not close either, and a cancelled caller wants to stop now: then
        // the ESID goes out without waiting for the close (WF_NDISC), and when cancelled with little time to go.
        var (grace, awaitDisconnect) = cause switch
        {
            OperationCanceledException => (Shorter(session.Timeouts.Disconnect, CancelledCloseGrace), false),
            PartnerTimeoutException => (session.Timeouts.Disconnect, false),
            _ => (session.Timeouts.Disconnect, true),
        };
        await session.Channel.CloseAsync(new EndSession(reason, reasonText), grace, awaitDisconnect).ConfigureAwait(false);
        await InterruptInboundAsync(session).ConfigureAwait(false);
        return session.Outcome(reason, reasonText, endedByPartner: false);
    }

    // FileInterruptedAsync gets all that arrived, so the application can answer the next SFID from it (§1.5.4).
    // The caller's cancellation may already be set: the handover itself is not cancelled.
    private static async Task InterruptInboundAsync(SessionContext session)
    {
        if (session.Inbound is not { } file)
        {
            return;
        }

        session.Inbound = null;
        try
        {
            await session.FileOutput.WriteAsync(CancellationToken.None).ConfigureAwait(false);
            await file.Decision.Output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await session.Partner.FileInterruptedAsync(file, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static TimeSpan Shorter(TimeSpan left, TimeSpan right) =>
        left == Timeout.InfiniteTimeSpan ? right : right == Timeout.InfiniteTimeSpan ? left : TimeSpan.FromTicks(Math.Min(left.Ticks, right.Ticks));
}
