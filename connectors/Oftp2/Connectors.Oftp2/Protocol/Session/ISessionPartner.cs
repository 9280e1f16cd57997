using Connectors.Oftp2.Protocol.Commands;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// The application side of one session (RFC 5024's "User Monitor"): what to send when we speak, and
/// what to do with what we receive when we listen. The session calls these in protocol order, one at a
/// time; it acknowledges to the partner only after the matching call returned.
/// </summary>
public interface ISessionPartner
{
    /// <summary>Initiator only: checks the responder's SSID (its code and password); null accepts, a reason ends the session.</summary>
    ValueTask<Reasons.EndSessionReason?> VerifyResponderAsync(StartSession responderStartSession, CancellationToken cancellationToken);

    /// <summary>Secure authentication (SECD, AUCH, AURP), when both sides asked for it; null when this side cannot do it.</summary>
    ISecureAuthentication? SecureAuthentication { get; }

    /// <summary>Called once both SSIDs are exchanged (and authentication passed).</summary>
    ValueTask SessionStartedAsync(NegotiatedSession session, CancellationToken cancellationToken);

    /// <summary>Speaker: the next EERP or NERP owed to the partner, or null.</summary>
    ValueTask<OutboundResponse?> NextResponseAsync(CancellationToken cancellationToken);

    /// <summary>Speaker: the partner confirmed the response with RTR.</summary>
    ValueTask ResponseDeliveredAsync(OutboundResponse response, CancellationToken cancellationToken);

    /// <summary>Speaker: the next file to send, or null when there is none.</summary>
    ValueTask<OutboundFile?> NextFileAsync(CancellationToken cancellationToken);

    /// <summary>Speaker: the partner refused the file with SFNA.</summary>
    ValueTask FileRefusedAsync(OutboundFile file, StartFileNegativeAnswer answer, CancellationToken cancellationToken);

    /// <summary>Speaker: the partner answered the file's EFID with EFPA or EFNA.</summary>
    ValueTask FileEndedAsync(OutboundFile file, EndFile endFile, OdetteCommand answer, CancellationToken cancellationToken);

    /// <summary>Listener: the partner offers a file (SFID).</summary>
    ValueTask<InboundFileDecision> FileOfferedAsync(StartFile startFile, CancellationToken cancellationToken);

    /// <summary>Listener: the whole file arrived (EFID, counts verified); commit it durably, then decide.</summary>
    ValueTask<EndFileDecision> FileReceivedAsync(InboundFile file, EndFile endFile, CancellationToken cancellationToken);

    /// <summary>
    /// Listener: the session ended in the middle of a file (ESID, lost connection, time-out, cancellation); every
    /// octet that arrived was written and flushed to the Output, and is kept for a restart (§1.5.4).
    /// </summary>
    ValueTask FileInterruptedAsync(InboundFile file, CancellationToken cancellationToken);

    /// <summary>
    /// Listener: the whole file arrived but did not match its EFID counts, or broke its record format, so the session
    /// answered EFNA <paramref name="answer"/> itself without calling <see cref="FileReceivedAsync"/>; what was
    /// written to the Output is not the file and should be discarded. Does nothing unless implemented.
    /// </summary>
    ValueTask FileFailedAsync(InboundFile file, EndFileNegativeAnswer answer, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Listener: the partner sent an EERP or NERP for a file we sent; the session answers RTR after this returns.</summary>
    ValueTask ResponseReceivedAsync(OdetteCommand response, CancellationToken cancellationToken);
}
