namespace Connectors.Oftp2.Protocol.Session;

/// <summary>Who opened the network connection (RFC 5024 §4.2.1): the initiator becomes the first speaker.</summary>
public enum SessionRole
{
    Initiator,
    Responder,
}
