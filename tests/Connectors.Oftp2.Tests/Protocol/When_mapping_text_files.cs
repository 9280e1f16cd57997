using System.Buffers;
using System.Text;
using Connectors.Oftp2.Protocol.Buffers;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Files;
using Connectors.Oftp2.Tests.Protocol.Support;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// Text files (RFC 5024 §1.5.3, Appendix A): sent as stored, CR LF included, as one record closed at the end of
/// the file; received either that way, byte for byte, or one line per record, with CR LF restored between lines.
/// </summary>
public sealed class When_mapping_text_files
{
    private const string Rime =
        "It is an ancient Mariner,\r\nAnd he stoppeth one of three.\r\n\"By thy long grey beard and glittering eye,\r\n";

    [Fact]
    public async Task Text_goes_out_as_stored_in_one_record()
    {
        var encoder = VirtualFileEncoder.Create(new MemoryStream(Encoding.ASCII.GetBytes(Rime)), VirtualFileFormat.Text);
        var source = new DataBufferSource(encoder, 128, compression: false);
        Assert.True(await source.MoveNextAsync(), "one DATA buffer");
        var headers = Headers(source.Current.ToArray());
        var last = (0x80 | (Rime.Length - 63)).ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
        Expect.Equal($"3F {last}", headers, "Appendix A style: a full 63-octet subrecord, then the rest with the flag closing the one record");
        Assert.False(await source.MoveNextAsync(), "nothing more");
    }

    [Fact]
    public void One_record_per_line_gets_its_line_ends_back()
    {
        var text = Decode(["It is an ancient Mariner,", "", "And he stoppeth one of three."]);
        Expect.Equal("It is an ancient Mariner,\r\n\r\nAnd he stoppeth one of three.\r\n", text, "lines sent one per record");
    }

    [Fact]
    public void Records_that_carry_their_line_ends_are_kept_as_they_are()
    {
        Expect.Equal(Rime, Decode([Rime]), "the whole text in one record");
        Expect.Equal("no final line end", Decode(["no final line end"]), "one record without a final CR LF");
        Expect.Equal("A\r\nB\r\n", Decode(["A\r\n", "B\r\n"]), "lines sent with their CR LF");
    }

    private static string Decode(string[] records)
    {
        var builder = new DataBufferBuilder(4096, compression: false);
        foreach (var record in records)
        {
            Assert.True(builder.TryAppend(Encoding.ASCII.GetBytes(record), endOfRecord: true, out _), "test records fit one buffer");
        }

        var output = new ArrayBufferWriter<byte>();
        var decoder = VirtualFileDecoder.Create(output, VirtualFileFormat.Text);
        decoder.Write(builder.ExchangeBuffer.Span, compressionAllowed: false);
        decoder.Complete();
        Expect.Equal(records.Sum(r => r.Length), (int)decoder.UnitCount, "units count the octets sent, not the restored line ends");
        return Encoding.ASCII.GetString(output.WrittenSpan);
    }

    private static string Headers(byte[] buffer)
    {
        var reader = new DataBufferReader(buffer, compressionAllowed: false);
        var headers = new List<string>();
        while (reader.TryRead(out var subrecord))
        {
            headers.Add(subrecord.Header.Value.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return string.Join(' ', headers);
    }
}
