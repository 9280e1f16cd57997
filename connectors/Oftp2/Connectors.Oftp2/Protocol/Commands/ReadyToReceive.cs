namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>RTR, the listener is ready for the next EERP, NERP or file (RFC 5024 §5.3.15).</summary>
public sealed record ReadyToReceive : OdetteCommand
{
    public static ReadyToReceive Instance { get; } = new();

    public override CommandCode Code => CommandCode.ReadyToReceive;
}
