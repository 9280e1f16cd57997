namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>CDT, the listener restores the speaker's credit (RFC 5024 §5.3.7).</summary>
public sealed record SetCredit : OdetteCommand
{
    public static SetCredit Instance { get; } = new();

    public override CommandCode Code => CommandCode.SetCredit;
}
