namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>CD, the speaker hands the turn to the listener (RFC 5024 §5.3.12).</summary>
public sealed record ChangeDirection : OdetteCommand
{
    public static ChangeDirection Instance { get; } = new();

    public override CommandCode Code => CommandCode.ChangeDirection;
}
