using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>How a session ended.</summary>
/// <param name="Negotiated">The agreed parameters; null when the session ended during start-up.</param>
/// <param name="Reason">The ESID reason, sent or received.</param>
/// <param name="ReasonText">The ESID reason text; RFC 5024's wording of the reason when the partner sent none (level 4).</param>
/// <param name="EndedByPartner">Whether the partner sent the ESID (or dropped the connection).</param>
/// <param name="FilesSent">Files the partner accepted with EFPA.</param>
/// <param name="FilesReceived">Files we accepted with EFPA.</param>
public sealed record SessionOutcome(
    NegotiatedSession? Negotiated,
    EndSessionReason Reason,
    string ReasonText,
    bool EndedByPartner,
    int FilesSent,
    int FilesReceived)
{
    public bool IsNormal => Reason == EndSessionReason.NormalTermination;
}
