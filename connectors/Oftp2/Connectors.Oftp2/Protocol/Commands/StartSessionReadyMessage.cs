namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>SSRM, the responder's "ODETTE FTP READY" that opens a session (RFC 5024 §5.3.1).</summary>
public sealed record StartSessionReadyMessage : OdetteCommand
{
    public static StartSessionReadyMessage Instance { get; } = new();

    public override CommandCode Code => CommandCode.StartSessionReadyMessage;
}
