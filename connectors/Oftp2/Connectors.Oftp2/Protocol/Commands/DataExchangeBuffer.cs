namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>
/// DATA, subrecords of a virtual file (RFC 5024 §5.3.6, §7). This record copies the octets; the data path reads
/// exchange buffers in place with <see cref="Buffers.DataBufferReader"/> instead.
/// </summary>
public sealed record DataExchangeBuffer(ReadOnlyMemory<byte> Subrecords) : OdetteCommand
{
    public override CommandCode Code => CommandCode.Data;

    public bool Equals(DataExchangeBuffer? other) =>
        other is not null && OctetContent.AreEqual(Subrecords, other.Subrecords);

    public override int GetHashCode() => OctetContent.GetHashCode(Subrecords);
}
