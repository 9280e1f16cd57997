namespace Connectors.Oftp2.Protocol.Buffers;

/// <summary>
/// Walks the subrecords of one DATA exchange buffer in place, without allocating (RFC 5024 §7.2). A subrecord
/// cut short by the end of the buffer is an exchange buffer size error (ESID 07, §7.3: "a subrecord is never
/// split between two Exchange Buffers"); a compressed subrecord when compression was not agreed is a protocol
/// violation (ESID 02).
/// </summary>
public ref struct DataBufferReader
{
    private readonly ReadOnlySpan<byte> _subrecords;
    private readonly bool _compressionAllowed;
    private int _offset;

    /// <param name="exchangeBuffer">The whole exchange buffer, starting with the 'D' command octet.</param>
    /// <param name="compressionAllowed">Whether both SSIDs agreed buffer compression (SSIDCMPR Y).</param>
    public DataBufferReader(ReadOnlySpan<byte> exchangeBuffer, bool compressionAllowed)
    {
        if (exchangeBuffer.IsEmpty || exchangeBuffer[0] != (byte)'D')
        {
            throw ProtocolErrors.UnknownCommand(exchangeBuffer.IsEmpty ? "that is empty" : $"starting with 0x{exchangeBuffer[0]:X2} read as DATA");
        }

        _subrecords = exchangeBuffer[1..];
        _compressionAllowed = compressionAllowed;
    }

    private DataBufferReader(ReadOnlySpan<byte> subrecords, bool compressionAllowed, bool _)
    {
        _subrecords = subrecords;
        _compressionAllowed = compressionAllowed;
    }

    /// <summary>Octets of the buffer not yet read, the command octet excluded.</summary>
    public readonly int Remaining => _subrecords.Length - _offset;

    /// <summary>Reads the next subrecord; false at the end of the buffer.</summary>
    public bool TryRead(out Subrecord subrecord)
    {
        if (_offset == _subrecords.Length)
        {
            subrecord = default;
            return false;
        }

        var header = new SubrecordHeader(_subrecords[_offset]);
        if (header.IsCompressed && !_compressionAllowed)
        {
            throw ProtocolErrors.Violation("DATABUF", $"subrecord at octet {_offset + 1} is compressed but buffer compression was not agreed (SSIDCMPR)");
        }

        var start = _offset + 1;
        if (_subrecords.Length - start < header.EncodedLength)
        {
            throw ProtocolErrors.SizeError("DATABUF", $"subrecord at octet {_offset + 1} announces {header.EncodedLength} octets, the buffer ends first");
        }

        subrecord = new Subrecord(header, _subrecords.Slice(start, header.EncodedLength));
        _offset = start + header.EncodedLength;
        return true;
    }

    /// <summary>A reader over subrecords without the command octet, for the DATA command layout.</summary>
    internal static DataBufferReader OverSubrecords(ReadOnlySpan<byte> subrecords, bool compressionAllowed) =>
        new(subrecords, compressionAllowed, false);
}
