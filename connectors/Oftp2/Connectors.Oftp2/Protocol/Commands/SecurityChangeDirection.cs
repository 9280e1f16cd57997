namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>SECD, hands the turn over during secure authentication (RFC 5024 §5.3.16).</summary>
public sealed record SecurityChangeDirection : OdetteCommand
{
    public static SecurityChangeDirection Instance { get; } = new();

    public override CommandCode Code => CommandCode.SecurityChangeDirection;
}
