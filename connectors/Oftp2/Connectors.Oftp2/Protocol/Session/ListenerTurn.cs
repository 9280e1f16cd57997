using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>How a turn as listener ended.</summary>
internal enum ListenerTurnEnd
{
    /// <summary>The speaker sent CD of its own accord (§9.12 C): we speak in IDLESPCD.</summary>
    TookUnsolicitedTurn,

    /// <summary>We asked for the turn in an EFPA and the CD came (§9.10 H): we speak in IDLESP.</summary>
    TookRequestedTurn,
}

/// <summary>
/// A turn as listener (RFC 5024 §9.12, states IDLELI, IDLELICD, RTRP and WF_CD): files offered with SFID, EERPs and
/// NERPs answered with RTR once the application has them, until a CD hands us the turn. An ESID ends the session
/// from any of these states. Having just sent CD ourselves (IDLELICD), a CD back is a protocol error.
/// </summary>
internal static class ListenerTurn
{
    public static async Task<ListenerTurnEnd> RunAsync(SessionContext session, bool justGaveTurn)
    {
        var channel = session.Channel;
        var state = justGaveTurn ? SessionState.IDLELICD : SessionState.IDLELI;
        while (true)
        {
            channel.State = state;
            var exchangeBuffer = await channel.ReceiveAsync().ConfigureAwait(false);
            OdetteCommand command;
            try
            {
                command = channel.Decode(exchangeBuffer.Span);
            }
            catch (OdetteProtocolException e) when (e.StartFileAnswer is { } answer)
            {
                // An SFID naming a cipher suite we do not know refuses that file, not the session (§5.3.5 reason 15).
                await channel.SendAsync(new StartFileNegativeAnswer(answer, RetryLater: false, answer.Describe())).ConfigureAwait(false);
                state = SessionState.IDLELI;
                continue;
            }

            switch (command)
            {
                case StartFile startFile:
                    // Transition A.
                    if (await FileReception.ReceiveAsync(session, startFile).ConfigureAwait(false))
                    {
                        await WaitForChangeDirectionAsync(channel).ConfigureAwait(false);
                        return ListenerTurnEnd.TookRequestedTurn;
                    }

                    break;
                case EndToEndResponse or NegativeEndResponse:
                    // Transitions E and L, then M: the RTR follows the application's F_RTR_RS.
                    await session.Partner.ResponseReceivedAsync(command, session.Cancellation).ConfigureAwait(false);
                    await channel.SendAsync(ReadyToReceive.Instance).ConfigureAwait(false);
                    break;
                case ChangeDirection when state == SessionState.IDLELI:
                    // Transition C.
                    return ListenerTurnEnd.TookUnsolicitedTurn;
                default:
                    throw SessionErrors.Unexpected(command.Code, state);
            }

            state = SessionState.IDLELI;
        }
    }

    // WF_CD (§9.10 H): after EFPA with EFPACD = Y only the CD may come.
    private static async Task WaitForChangeDirectionAsync(SessionChannel channel)
    {
        channel.State = SessionState.WF_CD;
        var command = await channel.ReceiveCommandAsync().ConfigureAwait(false);
        if (command is not ChangeDirection)
        {
            throw SessionErrors.Unexpected(command.Code, channel.State);
        }
    }
}
