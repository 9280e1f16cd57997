using System.Buffers;
using System.IO.Pipelines;
using Connectors.Oftp2.Protocol;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Framing;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Protocol.Support;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// The Stream Transmission Header (RFC 5024 §8.2): version 1, four reserved flag bits, a 24-bit length of the
/// whole buffer; the reader enforces the exchange buffer size in force and the writer puts the header on.
/// </summary>
public sealed class When_framing_stream_transmission_buffers
{
    [Fact]
    public void The_header_carries_version_flags_and_the_length_of_the_whole_buffer()
    {
        Span<byte> octets = stackalloc byte[4];
        StreamTransmissionHeader.Write(octets, 19);
        Expect.Equal("10000017", Convert.ToHexStringLower(octets), "STH of the 19-octet SSRM (interop example)");

        var header = StreamTransmissionHeader.Read([0x10, 0x01, 0x86, 0xA3]);
        Expect.Equal(new StreamTransmissionHeader(1, 0, 100003), header, "STH of the largest buffer");
        Expect.Equal(99999, header.ExchangeBufferLength, "exchange buffer behind the largest STH");
    }

    [Fact]
    public async Task The_writer_and_the_reader_agree()
    {
        var pipe = new Pipe();
        var writer = new StreamTransmissionWriter(pipe.Writer);
        var commands = SampleCommands.All;
        foreach (var command in commands)
        {
            await writer.WriteAsync(command);
        }

        await writer.WriteAsync(new byte[] { (byte)'R' }.AsMemory());
        await pipe.Writer.CompleteAsync();

        var reader = new StreamTransmissionReader(pipe.Reader);
        foreach (var command in commands)
        {
            var read = await reader.ReadAsync();
            Assert.True(read.HasValue, $"{command.Code.GetName()} was not read back");
            Assert.True(command.Equals(CommandDecoder.Decode(read.Value.Span)), $"{command.Code.GetName()} read back differs");
        }

        var last = await reader.ReadAsync();
        Expect.SameOctets("R"u8, last!.Value.Span, "a raw exchange buffer written with its header");
        Assert.True(await reader.ReadAsync() is null, "the end of the stream after the last buffer");
    }

    [Fact]
    public async Task A_buffer_above_the_negotiated_size_is_refused_with_reason_07()
    {
        var stream = Frame(new byte[2049]);
        await using var reader = new StreamTransmissionReader(new MemoryStream(stream), maximumExchangeBufferSize: 2048);
        var error = await ExpectThrowsAsync<ExchangeBufferTooLargeException>(() => reader.ReadAsync().AsTask(), "a 2049-octet buffer after negotiating 2048");
        Expect.Equal(EndSessionReason.ExchangeBufferSizeError, error.Reason, "ESID reason");
        Expect.Equal(2049, error.AnnouncedLength, "announced length");
        Expect.Equal(2048, error.MaximumLength, "limit");
    }

    [Fact]
    public async Task An_oversized_header_is_refused_before_its_octets_arrive()
    {
        // Only the header is ever sent: the reader must not wait for the 16 MB it announces.
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(new byte[] { 0x1F, 0xFF, 0xFF, 0xFF });
        var reader = new StreamTransmissionReader(pipe.Reader);
        await ExpectThrowsAsync<ExchangeBufferTooLargeException>(() => reader.ReadAsync().AsTask(), "an STH announcing 16 MB");
    }

    [Theory]
    [InlineData(new byte[] { 0x20, 0x00, 0x00, 0x05, (byte)'R' }, EndSessionReason.ProtocolViolation, "version 2")]
    [InlineData(new byte[] { 0x10, 0x00, 0x00, 0x04 }, EndSessionReason.ExchangeBufferSizeError, "length 4")]
    [InlineData(new byte[] { 0x10, 0x00, 0x00, 0x0A, (byte)'X', (byte)'5' }, EndSessionReason.ExchangeBufferSizeError, "closed inside a buffer")]
    public async Task A_broken_stream_raises_a_protocol_exception(byte[] stream, EndSessionReason reason, string what)
    {
        await using var reader = new StreamTransmissionReader(new MemoryStream(stream));
        var error = await ExpectThrowsAsync<OdetteProtocolException>(() => reader.ReadAsync().AsTask(), what);
        Expect.Equal(reason, error.Reason, $"ESID reason for {what}");
    }

    [Fact]
    public async Task Reserved_flags_are_ignored()
    {
        await using var reader = new StreamTransmissionReader(new MemoryStream([0x1F, 0x00, 0x00, 0x05, (byte)'R']));
        var read = await reader.ReadAsync();
        Expect.SameOctets("R"u8, read!.Value.Span, "CD behind an STH with flags 1111");
    }

    [Fact]
    public async Task Buffers_split_across_segments_are_joined()
    {
        var frames = Frame(new byte[3000]).Concat(Frame("R"u8.ToArray())).ToArray();
        var pipe = new Pipe(new PipeOptions(minimumSegmentSize: 64));
        foreach (var chunk in frames.Chunk(37))
        {
            await pipe.Writer.WriteAsync(chunk);
        }

        await pipe.Writer.CompleteAsync();
        var reader = new StreamTransmissionReader(pipe.Reader);
        Expect.Equal(3000, (await reader.ReadAsync())!.Value.Length, "the 3000-octet buffer");
        var next = await reader.ReadAsync();
        Expect.SameOctets("R"u8, next!.Value.Span, "the buffer after it");
    }

    [Fact]
    public void The_writer_refuses_buffers_above_the_partner_size()
    {
        var writer = new StreamTransmissionWriter(new Pipe().Writer) { MaximumExchangeBufferSize = 128 };
        Expect.Throws<ArgumentOutOfRangeException>(() => writer.WriteAsync(new byte[129].AsMemory()), "a 129-octet buffer to a partner of 128");
    }

    [Fact]
    public void Slicing_a_sequence_leaves_what_follows()
    {
        var sequence = new ReadOnlySequence<byte>([.. Frame("R"u8.ToArray()), 0x10, 0x00]);
        Assert.True(StreamTransmissionReader.TryReadExchangeBuffer(ref sequence, 99999, out var buffer), "a whole buffer is there");
        Expect.Equal(1L, buffer.Length, "exchange buffer length");
        Expect.Equal(2L, sequence.Length, "octets left for the next buffer");
        Assert.False(StreamTransmissionReader.TryReadExchangeBuffer(ref sequence, 99999, out _), "two octets are not a header yet");
    }

    private static byte[] Frame(byte[] exchangeBuffer)
    {
        var frame = new byte[exchangeBuffer.Length + 4];
        StreamTransmissionHeader.Write(frame, exchangeBuffer.Length);
        exchangeBuffer.CopyTo(frame, 4);
        return frame;
    }

    private static async Task<TException> ExpectThrowsAsync<TException>(Func<Task> action, string what)
        where TException : Exception
    {
        try
        {
            await action();
        }
        catch (TException expected)
        {
            return expected;
        }
        catch (Exception other)
        {
            Assert.Fail($"{what}: expected {typeof(TException).Name}, got {other.GetType().Name}: {other.Message}");
        }

        Assert.Fail($"{what}: expected {typeof(TException).Name}, nothing was thrown");
        return null!;
    }
}
