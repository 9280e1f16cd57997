using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>ESID, ends the session (RFC 5024 §5.3.11). The reason text is not sent at level 4.</summary>
public sealed record EndSession(EndSessionReason Reason, string ReasonText = "") : OdetteCommand
{
    public override CommandCode Code => CommandCode.EndSession;
}
