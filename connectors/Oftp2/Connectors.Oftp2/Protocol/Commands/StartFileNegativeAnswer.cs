using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>SFNA, the listener refuses a file (RFC 5024 §5.3.5). The reason text is not sent at level 4.</summary>
public sealed record StartFileNegativeAnswer(StartFileNegativeReason Reason, bool RetryLater = false, string ReasonText = "") : OdetteCommand
{
    public override CommandCode Code => CommandCode.StartFileNegativeAnswer;
}
