namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>EFPA, the listener accepts the file; it may ask for the turn (RFC 5024 §5.3.9).</summary>
public sealed record EndFilePositiveAnswer(bool ChangeDirectionRequested = false) : OdetteCommand
{
    public override CommandCode Code => CommandCode.EndFilePositiveAnswer;
}
