using BenchmarkDotNet.Attributes;
using Connectors.Oftp2.Protocol.Buffers;

namespace Connectors.Benchmarks.Micro;

/// <summary>
/// The OFTP2 DATA path without a socket: packing 16 MiB of a file into exchange buffers of 99999 octets
/// and reading them back, with and without buffer compression (RFC 5024 §7).
/// </summary>
[MemoryDiagnoser]
public class DataBufferBenchmarks
{
    private const int FileLength = 16 << 20;
    private byte[] _file = [];
    private readonly List<byte[]> _buffers = [];

    /// <summary>Whether the content has long runs (a text file padded with spaces) or none (already compressed data).</summary>
    [Params(false, true)]
    public bool Repetitive { get; set; }

    [Params(false, true)]
    public bool Compression { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _file = new byte[FileLength];
        if (Repetitive)
        {
            for (var i = 0; i < _file.Length; i++)
            {
                _file[i] = i % 80 < 40 ? (byte)' ' : (byte)('A' + (i % 26));
            }
        }
        else
        {
            new Random(5024).NextBytes(_file);
        }

        _buffers.Clear();
        Pack(_buffers);
    }

    [Benchmark]
    public int PackIntoExchangeBuffers() => Pack(null);

    [Benchmark]
    public long ReadExchangeBuffers()
    {
        long octets = 0;
        Span<byte> scratch = stackalloc byte[64];
        foreach (var buffer in _buffers)
        {
            var reader = new DataBufferReader(buffer, Compression);
            while (reader.TryRead(out var subrecord))
            {
                octets += subrecord.Expand(scratch).Length;
            }
        }

        return octets;
    }

    private int Pack(List<byte[]>? keep)
    {
        var builder = new DataBufferBuilder(99999, Compression);
        var buffers = 0;
        var remaining = _file.AsSpan();
        while (!remaining.IsEmpty)
        {
            var fitted = builder.TryAppend(remaining, endOfRecord: false, out var consumed);
            remaining = remaining[consumed..];
            if (!fitted)
            {
                keep?.Add(builder.ExchangeBuffer.ToArray());
                builder.Reset();
                buffers++;
            }
        }

        if (builder.HasSubrecords)
        {
            keep?.Add(builder.ExchangeBuffer.ToArray());
            buffers++;
        }

        return buffers;
    }
}
