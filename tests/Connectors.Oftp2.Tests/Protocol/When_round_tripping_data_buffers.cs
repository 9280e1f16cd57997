using Connectors.Oftp2.Protocol.Buffers;
using Connectors.Oftp2.Tests.Protocol.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// Records cut into DATA buffers of any size, with or without buffer compression (RFC 5024 §7), read back as the
/// same records; no buffer exceeds its size and compression appears only when agreed.
/// </summary>
public sealed class When_round_tripping_data_buffers
{
    public static Arbitrary<(byte[][] Records, int BufferSize, bool Compression)> Cases() => (
        from records in RecordGenerators.Records(12, 8)
        from bufferSize in Gen.OneOf(Gen.Choose(3, 140), Gen.Choose(128, 5000))
        from compression in Gen.Elements(true, false)
        select (records, bufferSize, compression)).ToArbitrary();

    [Property(Arbitrary = [typeof(When_round_tripping_data_buffers)], MaxTest = 300)]
    public void Records_come_back_unchanged((byte[][] Records, int BufferSize, bool Compression) example)
    {
        var (records, bufferSize, compression) = example;
        var buffers = Build(records, bufferSize, compression);
        var read = new List<byte[]>();
        var current = new List<byte>();
        Span<byte> scratch = stackalloc byte[SubrecordHeader.MaximumCount];
        foreach (var buffer in buffers)
        {
            Assert.True(buffer.Length <= bufferSize, $"a buffer of {buffer.Length} octets exceeds the size {bufferSize}");
            var reader = new DataBufferReader(buffer, compressionAllowed: compression);
            while (reader.TryRead(out var subrecord))
            {
                Assert.True(compression || !subrecord.IsCompressed, "a compressed subrecord without agreed compression");
                current.AddRange(subrecord.Expand(scratch).ToArray());
                if (subrecord.EndOfRecord)
                {
                    read.Add([.. current]);
                    current.Clear();
                }
            }
        }

        Expect.Equal(0, current.Count, "octets after the last end-of-record flag");
        Expect.Equal(records.Length, read.Count, "records read back");
        for (var i = 0; i < records.Length; i++)
        {
            Expect.SameOctets(records[i], read[i], $"record {i} of {records.Length} (buffer {bufferSize}, compression {compression})");
        }
    }

    [Property(Arbitrary = [typeof(When_round_tripping_data_buffers)], MaxTest = 100)]
    public void Compression_never_costs_octets((byte[][] Records, int BufferSize, bool Compression) example)
    {
        var plain = Build(example.Records, example.BufferSize, compression: false).Sum(buffer => buffer.Length);
        var compressed = Build(example.Records, example.BufferSize, compression: true).Sum(buffer => buffer.Length);
        Assert.True(compressed <= plain, $"compressed buffers take {compressed} octets, uncompressed {plain}");
    }

    private static List<byte[]> Build(byte[][] records, int bufferSize, bool compression)
    {
        var builder = new DataBufferBuilder(bufferSize, compression);
        var buffers = new List<byte[]>();
        foreach (var record in records)
        {
            ReadOnlySpan<byte> rest = record;
            while (!builder.TryAppend(rest, endOfRecord: true, out var consumed))
            {
                Assert.True(builder.HasSubrecords, "a full buffer holds at least one subrecord");
                buffers.Add(builder.ExchangeBuffer.ToArray());
                builder.Reset();
                rest = rest[consumed..];
            }
        }

        if (builder.HasSubrecords)
        {
            buffers.Add(builder.ExchangeBuffer.ToArray());
        }

        return buffers;
    }
}
