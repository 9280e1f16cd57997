using Connectors.Oftp2.Protocol;
using Connectors.Oftp2.Protocol.Buffers;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Protocol.Support;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// Buffer compression (RFC 5024 §7.2): a run of four or more equal octets becomes one compressed subrecord of up to
/// 63; shorter runs stay literal; a compressed subrecord is refused when compression was not agreed.
/// </summary>
public sealed class When_compressing_data_buffers
{
    [Fact]
    public void Long_runs_become_compressed_subrecords()
    {
        var data = "AB"u8.ToArray().Concat(Enumerable.Repeat((byte)' ', 130)).Concat("CDD"u8.ToArray()).ToArray();
        var builder = new DataBufferBuilder(4096, compression: true);
        Assert.True(builder.TryAppend(data, endOfRecord: true, out _), "the record fits");

        // 'D', literal "AB", 63 + 63 + 4 spaces compressed, literal "CDD" closing the record.
        Expect.Equal(
            "44 02 41 42 7F 20 7F 20 44 20 83 43 44 44",
            string.Join(' ', builder.ExchangeBuffer.ToArray().Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture))),
            "compressed exchange buffer");
    }

    [Fact]
    public void Runs_of_three_stay_literal()
    {
        var builder = new DataBufferBuilder(4096, compression: true);
        Assert.True(builder.TryAppend("AAABBBCCC"u8, endOfRecord: false, out _), "the record fits");
        Expect.Equal(11, builder.Length, "'D', one header and nine literal octets");
    }

    [Fact]
    public void A_compressed_subrecord_without_agreed_compression_is_a_protocol_violation()
    {
        byte[] buffer = [(byte)'D', 0xC5, (byte)'x'];
        var error = Expect.Throws<OdetteProtocolException>(() => ReadAll(buffer, compressionAllowed: false), "compressed subrecord, SSIDCMPR N");
        Expect.Equal(EndSessionReason.ProtocolViolation, error.Reason, "ESID reason");
        ReadAll(buffer, compressionAllowed: true);
    }

    [Fact]
    public void A_subrecord_cut_by_the_end_of_the_buffer_is_a_size_error()
    {
        byte[] buffer = [(byte)'D', 0x05, 1, 2, 3];
        var error = Expect.Throws<OdetteProtocolException>(() => ReadAll(buffer, compressionAllowed: false), "5 octets announced, 3 present");
        Expect.Equal(EndSessionReason.ExchangeBufferSizeError, error.Reason, "ESID reason");
    }

    [Fact]
    public void A_compressed_subrecord_expands_to_its_count()
    {
        var reader = new DataBufferReader([(byte)'D', 0xC3, (byte)'z', 0x00, 0x80], compressionAllowed: true);
        Span<byte> scratch = stackalloc byte[SubrecordHeader.MaximumCount];
        Assert.True(reader.TryRead(out var compressed), "first subrecord");
        Expect.SameOctets("zzz"u8, compressed.Expand(scratch), "expanded compressed subrecord");
        Assert.True(compressed.EndOfRecord && compressed.IsCompressed, "flags of 0xC3");
        Assert.True(reader.TryRead(out var empty) && empty.Length == 0 && !empty.EndOfRecord, "a zero-length subrecord");
        Assert.True(reader.TryRead(out var closing) && closing.Length == 0 && closing.EndOfRecord, "a zero-length subrecord closing a record");
        Assert.False(reader.TryRead(out _), "end of the buffer");
    }

    [Fact]
    public void An_empty_record_is_one_empty_subrecord_with_the_flag()
    {
        var builder = new DataBufferBuilder(128, compression: false);
        Assert.True(builder.TryAppend([], endOfRecord: true, out _), "an empty record fits");
        Expect.SameOctets([(byte)'D', 0x80], builder.ExchangeBuffer.Span, "empty record");
    }

    [Fact]
    public void A_record_is_split_where_the_buffer_ends()
    {
        var builder = new DataBufferBuilder(10, compression: false);
        var record = Enumerable.Range(0, 20).Select(i => (byte)i).ToArray();
        Assert.False(builder.TryAppend(record, endOfRecord: true, out var consumed), "20 octets do not fit a 10-octet buffer");
        Expect.Equal(8, consumed, "octets placed: 'D', one header, eight octets");
        Expect.Equal(10, builder.Length, "the buffer is filled completely (RFC 5024 §7.3 strategy 2)");
        builder.Reset();
        Assert.False(builder.TryAppend(record.AsSpan(8), endOfRecord: true, out var more), "12 more octets do not fit");
        Expect.Equal(8, more, "second buffer");
        builder.Reset();
        Assert.True(builder.TryAppend(record.AsSpan(16), endOfRecord: true, out _), "the last 4 octets fit");
        Expect.Equal(0x84, builder.ExchangeBuffer.Span[1], "last subrecord header: end of record, 4 octets");
    }

    private static void ReadAll(byte[] buffer, bool compressionAllowed)
    {
        var reader = new DataBufferReader(buffer, compressionAllowed);
        while (reader.TryRead(out _))
        {
        }
    }
}
