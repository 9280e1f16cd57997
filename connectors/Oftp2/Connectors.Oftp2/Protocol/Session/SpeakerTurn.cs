using Connectors.Oftp2.Protocol.Commands;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>How a turn as speaker ended.</summary>
internal enum SpeakerTurnEnd
{
    /// <summary>We sent CD of our own accord (§9.10 D): we listen in IDLELICD.</summary>
    GaveTurn,

    /// <summary>The listener asked for the turn in its EFPA and we sent CD (§9.11 C): we listen in IDLELI.</summary>
    GaveTurnOnRequest,

    /// <summary>The turn came by an unsolicited CD and we had nothing to send: the session ends with ESID 00 (§9.10 E).</summary>
    EndSession,
}

/// <summary>
/// A turn as speaker (RFC 5024 §9.10, states IDLESP, IDLESPCD and WF_RTR): first every EERP and NERP owed, each
/// confirmed by RTR (§4.3.8), then the files, then CD. Having received the turn by an unsolicited CD and with nothing
/// to send, the speaker ends the session instead, for it may not answer that CD with another (§3.3.4.2 rule 4, §3.4.1).
/// </summary>
internal static class SpeakerTurn
{
    public static async Task<SpeakerTurnEnd> RunAsync(SessionContext session, bool unsolicited)
    {
        var channel = session.Channel;
        var partner = session.Partner;
        var spoke = false;
        while (true)
        {
            // Having spoken leaves the special condition of IDLESPCD (§3.3.5 "Relationship with Turn").
            channel.State = unsolicited && !spoke ? SessionState.IDLESPCD : SessionState.IDLESP;
            if (await partner.NextResponseAsync(session.Cancellation).ConfigureAwait(false) is { } response)
            {
                await SendResponseAsync(session, response).ConfigureAwait(false);
                spoke = true;
                continue;
            }

            if (!session.CanSendFiles || await partner.NextFileAsync(session.Cancellation).ConfigureAwait(false) is not { } file)
            {
                break;
            }

            var sent = await FileTransmission.SendAsync(session, file).ConfigureAwait(false);
            spoke = true;
            if (sent == FileTransmissionEnd.AcceptedTurnRequested)
            {
                await channel.SendAsync(ChangeDirection.Instance).ConfigureAwait(false);
                return SpeakerTurnEnd.GaveTurnOnRequest;
            }
        }

        if (unsolicited && !spoke)
        {
            return SpeakerTurnEnd.EndSession;
        }

        await channel.SendAsync(ChangeDirection.Instance).ConfigureAwait(false);
        return SpeakerTurnEnd.GaveTurn;
    }

    // §9.10 transitions A and Y, then N: "After sending an EERP or NERP, the Speaker must wait for an RTR before
    // sending any other commands" (§4.3.8).
    private static async Task SendResponseAsync(SessionContext session, OutboundResponse response)
    {
        if (response.Command is not (EndToEndResponse or NegativeEndResponse))
        {
            throw new InvalidOperationException($"an OutboundResponse holds an EERP or a NERP, not {response.Command?.Code.GetName() ?? "null"}");
        }

        var channel = session.Channel;
        await channel.SendAsync(response.Command).ConfigureAwait(false);
        channel.State = SessionState.WF_RTR;
        var answer = await channel.ReceiveCommandAsync().ConfigureAwait(false);
        if (answer is not ReadyToReceive)
        {
            throw SessionErrors.Unexpected(answer.Code, channel.State);
        }

        await session.Partner.ResponseDeliveredAsync(response, session.Cancellation).ConfigureAwait(false);
    }
}
