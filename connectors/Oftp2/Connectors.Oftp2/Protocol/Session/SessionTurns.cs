namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// The half-duplex alternation of speaker and listener (RFC 5024 §3.3.4): the initiator speaks first (§3.3.4.1),
/// and the turn passes with each CD until a speaker that got the turn unasked has nothing to send.
/// </summary>
internal static class SessionTurns
{
    /// <summary>Runs the turns; returns when we are to end the session normally. An ESID from the partner throws.</summary>
    public static async Task RunAsync(SessionContext session)
    {
        var speaking = session.Role == SessionRole.Initiator;
        var unsolicited = false;
        var justGaveTurn = false;
        while (true)
        {
            if (speaking)
            {
                var spoke = await SpeakerTurn.RunAsync(session, unsolicited).ConfigureAwait(false);
                if (spoke == SpeakerTurnEnd.EndSession)
                {
                    return;
                }

                justGaveTurn = spoke == SpeakerTurnEnd.GaveTurn;
            }
            else
            {
                var listened = await ListenerTurn.RunAsync(session, justGaveTurn).ConfigureAwait(false);
                unsolicited = listened == ListenerTurnEnd.TookUnsolicitedTurn;
            }

            speaking = !speaking;
        }
    }
}
