namespace Connectors.Oftp2.Protocol.Buffers;

/// <summary>
/// Fills one DATA exchange buffer of the negotiated size with subrecords (RFC 5024 §7.2, §7.3), compressing runs
/// of a repeated octet when buffer compression was agreed. The buffer is reused: nothing is allocated per
/// subrecord or per exchange buffer.
/// </summary>
public sealed class DataBufferBuilder
{
    private readonly Memory<byte> _buffer;
    private int _length;

    // The last subrecord when it is literal, not full and not closing its record: the next append of the same
    // record fills it up first, so chunked input still travels in full 63-octet subrecords.
    private int _openLiteral = -1;

    /// <param name="bufferSize">The negotiated SSIDSDEB: the largest exchange buffer, command octet included.</param>
    /// <param name="compression">Whether both sides agreed buffer compression (SSIDCMPR Y).</param>
    public DataBufferBuilder(int bufferSize, bool compression)
        : this(new byte[ValidSize(bufferSize)], compression)
    {
    }

    /// <param name="buffer">Memory to build in; its length is the negotiated buffer size.</param>
    /// <param name="compression">Whether both sides agreed buffer compression (SSIDCMPR Y).</param>
    public DataBufferBuilder(Memory<byte> buffer, bool compression)
    {
        ValidSize(buffer.Length);
        _buffer = buffer;
        Compression = compression;
        Reset();
    }

    public bool Compression { get; }

    /// <summary>The largest exchange buffer this builder fills.</summary>
    public int Capacity => _buffer.Length;

    /// <summary>Octets written so far, the command octet included.</summary>
    public int Length => _length;

    /// <summary>Whether any subrecord was written since the last <see cref="Reset"/>.</summary>
    public bool HasSubrecords => _length > 1;

    /// <summary>The exchange buffer built so far, valid until the next <see cref="Reset"/>.</summary>
    public ReadOnlyMemory<byte> ExchangeBuffer => _buffer[.._length];

    /// <summary>Starts a new, empty DATA exchange buffer.</summary>
    public void Reset()
    {
        _buffer.Span[0] = (byte)'D';
        _length = 1;
        _openLiteral = -1;
    }

    /// <summary>
    /// Appends record data as subrecords. Returns true when all of <paramref name="data"/> (and, if
    /// <paramref name="endOfRecord"/>, the end-of-record flag on its last subrecord) fit. Returns false when the
    /// buffer is full: send it, <see cref="Reset"/>, and append <c>data[consumed..]</c> again (§7.3 strategy 2,
    /// splitting the subrecord).
    /// </summary>
    public bool TryAppend(ReadOnlySpan<byte> data, bool endOfRecord, out int consumed)
    {
        var buffer = _buffer.Span;
        var lastHeader = -1;
        consumed = 0;
        while (consumed < data.Length)
        {
            var free = buffer.Length - _length;
            var rest = data[consumed..];
            if (_openLiteral >= 0 && free > 0)
            {
                var header = _openLiteral;
                var extended = ExtendOpenLiteral(buffer, rest, free);
                if (extended > 0)
                {
                    lastHeader = header;
                    consumed += extended;
                    continue;
                }
            }

            _openLiteral = -1;
            if (free < 2)
            {
                return false;
            }

            if (Compression)
            {
                var run = RepeatedOctets.RunLength(rest, SubrecordHeader.MaximumCount);
                if (run >= RepeatedOctets.MinimumRun)
                {
                    lastHeader = _length;
                    buffer[_length] = SubrecordHeader.Create(run, compressed: true).Value;
                    buffer[_length + 1] = rest[0];
                    _length += 2;
                    consumed += run;
                    continue;
                }
            }

            var limit = Math.Min(SubrecordHeader.MaximumCount, free - 1);
            var literal = Compression ? RepeatedOctets.LiteralLength(rest, limit) : Math.Min(limit, rest.Length);
            lastHeader = _length;
            buffer[_length] = SubrecordHeader.Create(literal).Value;
            rest[..literal].CopyTo(buffer[(_length + 1)..]);
            _openLiteral = literal < SubrecordHeader.MaximumCount ? _length : -1;
            _length += 1 + literal;
            consumed += literal;
        }

        if (!endOfRecord)
        {
            return true;
        }

        // An empty closing piece marks the subrecord still open from the previous piece of the record.
        var closing = lastHeader >= 0 ? lastHeader : _openLiteral;
        _openLiteral = -1;
        if (closing >= 0)
        {
            buffer[closing] |= SubrecordHeader.EndOfRecordFlag;
            return true;
        }

        // Nothing written in this call: an empty subrecord carries the flag (§7.3 allows zero-length subrecords).
        if (_length == buffer.Length)
        {
            return false;
        }

        buffer[_length++] = SubrecordHeader.EndOfRecordFlag;
        return true;
    }

    private int ExtendOpenLiteral(Span<byte> buffer, ReadOnlySpan<byte> rest, int free)
    {
        var count = buffer[_openLiteral] & SubrecordHeader.MaximumCount;
        var room = Math.Min(SubrecordHeader.MaximumCount - count, free);
        if (Compression && RepeatedOctets.RunLength(rest, RepeatedOctets.MinimumRun) == RepeatedOctets.MinimumRun)
        {
            return 0;
        }

        var extension = Compression ? RepeatedOctets.LiteralLength(rest, room) : Math.Min(room, rest.Length);
        rest[..extension].CopyTo(buffer[_length..]);
        _length += extension;
        buffer[_openLiteral] = (byte)(count + extension);
        if (count + extension == SubrecordHeader.MaximumCount)
        {
            _openLiteral = -1;
        }

        return extension;
    }

    private static int ValidSize(int bufferSize)
    {
        // One command octet plus at least one header and one data octet.
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 3);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bufferSize, 99999);
        return bufferSize;
    }
}
