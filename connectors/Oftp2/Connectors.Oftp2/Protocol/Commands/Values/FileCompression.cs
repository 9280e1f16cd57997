namespace Connectors.Oftp2.Protocol.Commands.Values;

/// <summary>SFIDCOMP, the whole-file compression (RFC 5024 §5.3.3, §6.4); not the DATA buffer compression of §7.</summary>
public enum FileCompression
{
    None = 0,
    Zlib = 1,
}
