using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// A decision of this side to end the session with ESID <see cref="OdetteProtocolException.Reason"/> and the reason
/// text <see cref="ReasonText"/> for the partner: a failed negotiation (§9.8), a refused caller, a failed challenge.
/// The message, for our log, may say more than the partner is told.
/// </summary>
internal sealed class SessionAbortException : OdetteProtocolException
{
    public SessionAbortException()
        : this(EndSessionReason.UnspecifiedAbort, EndSessionReason.UnspecifiedAbort.Describe(), "the session was aborted")
    {
    }

    public SessionAbortException(string message)
        : this(EndSessionReason.UnspecifiedAbort, EndSessionReason.UnspecifiedAbort.Describe(), message)
    {
    }

    public SessionAbortException(string message, Exception innerException)
        : base(EndSessionReason.UnspecifiedAbort, null, message, innerException)
    {
        ReasonText = EndSessionReason.UnspecifiedAbort.Describe();
    }

    public SessionAbortException(EndSessionReason reason, string reasonText, string message, Exception? innerException = null)
        : base(reason, null, message, innerException)
    {
        ReasonText = reasonText;
    }

    /// <summary>ESIDREAST: what the partner reads.</summary>
    public string ReasonText { get; }
}
