namespace Connectors.Oftp2.Protocol.Buffers;

/// <summary>
/// The one-octet header before each subrecord of a data exchange buffer (RFC 5024 §7.2): bit 0 (0x80) end of
/// record, bit 1 (0x40) compressed, bits 2-7 the count of virtual file octets the subrecord stands for.
/// </summary>
public readonly record struct SubrecordHeader(byte Value)
{
    /// <summary>Six bits of count: a subrecord stands for 0 to 63 octets.</summary>
    public const int MaximumCount = 0x3F;

    public const byte EndOfRecordFlag = 0x80;
    public const byte CompressedFlag = 0x40;

    /// <summary>The next subrecord is the last of its record; for U files it marks the end of the file.</summary>
    public bool EndOfRecord => (Value & EndOfRecordFlag) != 0;

    /// <summary>The subrecord is one octet standing for <see cref="Count"/> copies of itself.</summary>
    public bool IsCompressed => (Value & CompressedFlag) != 0;

    /// <summary>Virtual file octets the subrecord stands for.</summary>
    public int Count => Value & MaximumCount;

    /// <summary>Octets that follow the header on the wire.</summary>
    public int EncodedLength => IsCompressed ? 1 : Count;

    public static SubrecordHeader Create(int count, bool endOfRecord = false, bool compressed = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaximumCount);
        return new SubrecordHeader((byte)(count | (endOfRecord ? EndOfRecordFlag : 0) | (compressed ? CompressedFlag : 0)));
    }

    public override string ToString() => $"0x{Value:X2} (count {Count}{(IsCompressed ? ", compressed" : "")}{(EndOfRecord ? ", end of record" : "")})";
}
