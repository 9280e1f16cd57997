namespace Connectors.Oftp2.Protocol.Commands.Values;

/// <summary>SSIDSR, whether a location sends, receives or both (RFC 5024 §5.3.2). Values are the wire characters.</summary>
public enum SendReceiveCapability
{
    SendOnly = 'S',
    ReceiveOnly = 'R',
    Both = 'B',
}
