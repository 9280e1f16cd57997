namespace Connectors.Oftp2.Protocol.Commands.Values;

/// <summary>SFIDENV, the envelope around a secured or compressed file (RFC 5024 §5.3.3).</summary>
public enum FileEnveloping
{
    None = 0,
    Cms = 1,
}
