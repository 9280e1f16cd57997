using System.Globalization;
using Connectors.Oftp2.Protocol.Buffers;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Tests.Protocol.Support;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// The decoded commands hold, field for field, the values the independent listing (decoded.txt, written by
/// tools/wire_decode.py) shows; DATA buffers have its subrecord counts.
/// </summary>
public sealed class When_comparing_fields_with_the_interop_listing
{
    public static TheoryData<string> Sessions => InteropTranscript.SessionNames;

    [Theory]
    [MemberData(nameof(Sessions))]
    public void Every_field_matches_the_listing(string session)
    {
        var transcript = InteropTranscript.Load(session);
        Expect.Equal(transcript.Frames.Count, transcript.Listing.Count, $"{session}: frames in wire.txt and decoded.txt");

        foreach (var (frame, listed) in transcript.Frames.Zip(transcript.Listing))
        {
            var where = $"{session} #{frame.Index}";
            Expect.Equal(listed.Direction, frame.Direction, $"{where}: direction");
            var command = CommandDecoder.Decode(frame.ExchangeBuffer.Span);
            Expect.Equal(listed.Command, command.Code.GetName(), $"{where}: command");
            if (command is DataExchangeBuffer)
            {
                CompareSubrecords(frame, where, transcript.Listing[frame.Index - 1]);
                continue;
            }

            var rendered = ListingRenderer.Render(command);
            Expect.Equal(
                string.Join(",", listed.Fields.Select(f => f.Name)),
                string.Join(",", rendered.Select(f => f.Name)),
                $"{where}: field names in order");
            foreach (var (expected, actual) in listed.Fields.Zip(rendered))
            {
                Expect.Equal(expected.Value, actual.Value, $"{where}: {expected.Name}");
            }
        }
    }

    private static void CompareSubrecords(WireFrame frame, string where, ListedFrame listed)
    {
        var header = File.ReadLines(Path.Combine(InteropFolder.Locate(), where.Split(' ')[0], "decoded.txt"))
            .Single(line => line.StartsWith($"#{frame.Index:D3} ", StringComparison.Ordinal));
        var reader = new DataBufferReader(frame.ExchangeBuffer.Span, compressionAllowed: true);
        int subrecords = 0, compressed = 0, octets = 0;
        var endOfRecord = new List<int>();
        while (reader.TryRead(out var subrecord))
        {
            if (subrecord.EndOfRecord)
            {
                endOfRecord.Add(subrecords);
            }

            compressed += subrecord.IsCompressed ? 1 : 0;
            octets += subrecord.Length;
            subrecords++;
        }

        var ends = endOfRecord.Count == 0 ? "none" : "[" + string.Join(", ", endOfRecord) + "]";
        var expected = string.Create(
            CultureInfo.InvariantCulture,
            $"subrecords={subrecords} (compressed={compressed}, EoR at {ends}) -> {octets} file octets");
        Assert.True(header.Contains(expected, StringComparison.Ordinal), $"{where}: listing says '{header}', the reader found '{expected}'");
        Expect.Equal("DATA", listed.Command, $"{where}: listed command");
    }
}
