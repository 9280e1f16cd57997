namespace Connectors.Oftp2.Protocol.Buffers;

/// <summary>One subrecord of a data exchange buffer, read in place (RFC 5024 §7.2).</summary>
public readonly ref struct Subrecord
{
    public Subrecord(SubrecordHeader header, ReadOnlySpan<byte> encoded)
    {
        Header = header;
        Encoded = encoded;
    }

    public SubrecordHeader Header { get; }

    /// <summary>The octets after the header: the data itself, or for a compressed subrecord the one octet to repeat.</summary>
    public ReadOnlySpan<byte> Encoded { get; }

    public bool EndOfRecord => Header.EndOfRecord;

    public bool IsCompressed => Header.IsCompressed;

    /// <summary>Virtual file octets this subrecord stands for.</summary>
    public int Length => Header.Count;

    /// <summary>
    /// The virtual file octets: the data in place when uncompressed, else <paramref name="scratch"/> (at least
    /// <see cref="SubrecordHeader.MaximumCount"/> octets) filled with the repeated octet.
    /// </summary>
    public ReadOnlySpan<byte> Expand(Span<byte> scratch)
    {
        if (!IsCompressed)
        {
            return Encoded;
        }

        var expanded = scratch[..Length];
        expanded.Fill(Encoded[0]);
        return expanded;
    }
}
