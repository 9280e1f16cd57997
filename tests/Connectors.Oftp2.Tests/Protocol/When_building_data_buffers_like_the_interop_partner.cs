using Connectors.Oftp2.Protocol.Buffers;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Files;
using Connectors.Oftp2.Tests.Protocol.Support;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// Sending the interop payloads with the negotiated buffer size and compression gives the very DATA buffers Accord
/// sent: full buffers of 63-octet subrecords, runs of four or more octets compressed, the end-of-record flag on
/// the last subrecord. (RFC 5024 §7.3 allows other splits; matching Accord's shows the builder fills buffers fully.)
/// </summary>
public sealed class When_building_data_buffers_like_the_interop_partner
{
    [Theory]
    [InlineData("plain-send-u", "payload-u.bin", 4096, false)]
    [InlineData("plain-send-t", "orders-t.edi", 4096, false)]
    [InlineData("negotiation", "negotiation.bin", 2048, false)]
    [InlineData("secure-auth", "auth-test.txt", 4096, false)]
    [InlineData("cms-file", "transmitted.bin", 4096, false)]
    [InlineData("buffer-compression", "runs.bin", 4096, true)]
    public async Task The_buffers_equal_the_transcript(string session, string payload, int bufferSize, bool compression)
    {
        var transcript = InteropTranscript.Load(session);
        var commands = transcript.Frames.Select(f => CommandDecoder.Decode(f.ExchangeBuffer.Span)).ToList();
        var expected = transcript.Frames.Where(frame => frame.CommandCharacter == 'D').ToList();
        var start = commands.OfType<StartFile>().First();

        await using var file = File.OpenRead(Path.Combine(transcript.Folder, payload));
        var encoder = VirtualFileEncoder.Create(file, start.TransmissionFormat, start.MaximumRecordLength);
        var source = new DataBufferSource(encoder, bufferSize, compression);
        var index = 0;
        var compressedSubrecords = 0;
        while (await source.MoveNextAsync())
        {
            Assert.True(index < expected.Count, $"{session}: more DATA buffers built than the {expected.Count} in the transcript");
            Expect.SameOctets(expected[index].ExchangeBuffer.Span, source.Current.Span, $"{session} DATA buffer {index + 1}");
            compressedSubrecords += CountCompressed(source.Current.Span);
            index++;
        }

        Expect.Equal(expected.Count, index, $"{session}: DATA buffers built");
        Expect.Equal(commands.OfType<EndFile>().First(), encoder.ToEndFile(), $"{session}: EFID counts");
        Assert.True(compression == compressedSubrecords > 0, $"{session}: {compressedSubrecords} compressed subrecords with compression {compression}");
    }

    private static int CountCompressed(ReadOnlySpan<byte> exchangeBuffer)
    {
        var count = 0;
        var reader = new DataBufferReader(exchangeBuffer, compressionAllowed: true);
        while (reader.TryRead(out var subrecord))
        {
            count += subrecord.IsCompressed ? 1 : 0;
        }

        return count;
    }
}
