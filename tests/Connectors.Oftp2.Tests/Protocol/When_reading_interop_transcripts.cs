using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Framing;
using Connectors.Oftp2.Tests.Protocol.Support;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// Every exchange buffer Accord sent in the interop sessions is framed out of a trickling stream, decoded, and
/// encoded again to the very same octets.
/// </summary>
public sealed class When_reading_interop_transcripts
{
    public static TheoryData<string> Sessions => InteropTranscript.SessionNames;

    [Theory]
    [MemberData(nameof(Sessions))]
    public async Task Every_exchange_buffer_decodes_and_encodes_back_to_the_same_octets(string session)
    {
        var transcript = InteropTranscript.Load(session);
        var wire = transcript.Frames.SelectMany(frame => frame.Octets).ToArray();
        await using var reader = new StreamTransmissionReader(new TricklingStream(wire, seed: session.Length, maximumChunk: 700));

        foreach (var frame in transcript.Frames)
        {
            var read = await reader.ReadAsync();
            Assert.True(read.HasValue, $"{session} #{frame.Index}: the reader reported the end of the stream before this buffer");
            Expect.SameOctets(frame.ExchangeBuffer.Span, read.Value.Span, $"{session} #{frame.Index}: exchange buffer framed by the reader");

            var command = CommandDecoder.Decode(read.Value.Span);
            Expect.Equal(frame.CommandCharacter, (char)command.Code, $"{session} #{frame.Index}: decoded command");
            Expect.SameOctets(frame.ExchangeBuffer.Span, CommandEncoder.Encode(command), $"{session} #{frame.Index}: {command.Code.GetName()} encoded again");
        }

        Assert.True(await reader.ReadAsync() is null, $"{session}: the reader should report the end of the stream after the last buffer");
    }

    [Fact]
    public void Every_session_folder_is_found()
    {
        Expect.Equal(8, InteropTranscript.SessionFolders().Count, "interop sessions with a wire.txt");
    }
}
