using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;
using Microsoft.Extensions.Logging;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// What one session knows while it runs: the line to the partner, the application behind it, the agreed values
/// (the local variables of RFC 5024 §9.6) and the file in transfer, if any, so an interruption can be reported.
/// </summary>
internal sealed class SessionContext : IDisposable
{
    private ISessionPartner? _partner;
    private NegotiatedSession? _negotiated;

    public SessionContext(Stream transport, SessionRole role, SessionTimeouts timeouts, ILogger logger, CancellationToken cancellation)
    {
        Role = role;
        Timeouts = timeouts;
        Logger = logger;
        Channel = new SessionChannel(transport, timeouts.Response, logger, cancellation);
    }

    public SessionRole Role { get; }

    public SessionTimeouts Timeouts { get; }

    public ILogger Logger { get; }

    public SessionChannel Channel { get; }

    public CancellationToken Cancellation => Channel.Cancellation;

    /// <summary>The application side, known once the caller is admitted.</summary>
    public ISessionPartner Partner
    {
        get => _partner ?? throw new InvalidOperationException("the session has no partner before the start phase");
        set => _partner = value;
    }

    /// <summary>The agreed values; null until both SSIDs are exchanged.</summary>
    public NegotiatedSession? Negotiated => _negotiated;

    /// <summary>The agreed values, once the start phase is over.</summary>
    public NegotiatedSession Agreed => _negotiated ?? throw new InvalidOperationException("the session has not started");

    /// <summary>V.Mode of §9.6 on our side: whether we may offer files.</summary>
    public bool CanSendFiles { get; private set; }

    /// <summary>V.Mode of §9.6 on our side: whether we may accept files.</summary>
    public bool CanReceiveFiles { get; private set; }

    public int FilesSent { get; set; }

    public int FilesReceived { get; set; }

    /// <summary>The file being received, from SFPA to EFID; its octets gather in <see cref="FileOutput"/>.</summary>
    public InboundFile? Inbound { get; set; }

    /// <summary>Whether a file is being sent, from SFPA to its EFPA or EFNA.</summary>
    public bool SendingFile { get; set; }

    /// <summary>Reused for every received file, so DATA never allocates.</summary>
    public StreamBufferWriter FileOutput { get; } = new();

    /// <summary>Records the agreement of the two SSIDs and switches the line to the agreed level.</summary>
    public void Agree(NegotiatedSession negotiated, StartSession ours, StartSession theirs)
    {
        _negotiated = negotiated;
        CanSendFiles = SessionNegotiation.CanSend(ours, theirs);
        CanReceiveFiles = SessionNegotiation.CanReceive(ours, theirs);
        Channel.Level = negotiated.Level;
    }

    public SessionOutcome Outcome(EndSessionReason reason, string reasonText, bool endedByPartner) =>
        new(_negotiated, reason, reasonText, endedByPartner, FilesSent, FilesReceived);

    public void Dispose() => Channel.Dispose();
}
