namespace Connectors.Ota.Protocol.Multipart;

/// <summary>Where a reader puts the parts it streams out of a multipart body.</summary>
public interface IOtaPartTargets
{
    /// <summary>A writable stream for attachment number <paramref name="index"/> (from 1); the reader disposes it.</summary>
    Stream OpenAttachment(int index);
}
