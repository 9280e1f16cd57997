using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>EFNA, the listener refuses the received file (RFC 5024 §5.3.10). The reason text is not sent at level 4.</summary>
public sealed record EndFileNegativeAnswer(EndFileNegativeReason Reason, string ReasonText = "") : OdetteCommand
{
    public override CommandCode Code => CommandCode.EndFileNegativeAnswer;
}
