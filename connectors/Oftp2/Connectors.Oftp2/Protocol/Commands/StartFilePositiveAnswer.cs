namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>SFPA, the listener accepts a file from the restart count it names (RFC 5024 §5.3.4).</summary>
public sealed record StartFilePositiveAnswer(long AnswerCount = 0) : OdetteCommand
{
    public override CommandCode Code => CommandCode.StartFilePositiveAnswer;
}
