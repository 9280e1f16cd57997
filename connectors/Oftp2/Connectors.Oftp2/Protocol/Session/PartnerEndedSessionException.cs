using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// The partner sent an ESID (RFC 5024 §5.3.11), in whatever state we were: the session is over (§9.12 transitions D
/// and F). Unwinds the state that was waiting to the point where the outcome is made.
/// </summary>
internal sealed class PartnerEndedSessionException : Exception
{
    public PartnerEndedSessionException()
        : this(new EndSession(EndSessionReason.UnspecifiedAbort))
    {
    }

    public PartnerEndedSessionException(string message)
        : this(new EndSession(EndSessionReason.UnspecifiedAbort, message))
    {
    }

    public PartnerEndedSessionException(string message, Exception innerException)
        : base(message, innerException)
    {
        EndSession = new EndSession(EndSessionReason.UnspecifiedAbort, message);
    }

    public PartnerEndedSessionException(EndSession endSession)
        : base($"the partner ended the session with ESID {(int)endSession.Reason:D2} ({endSession.Reason.Describe()})")
    {
        EndSession = endSession;
    }

    public EndSession EndSession { get; }
}
