using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Files;
using Connectors.Oftp2.Tests.Protocol.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// A local file of each format (U, T, F, V) sent through the encoder, DATA buffers and the decoder comes out
/// unchanged, with matching EFID counts, whatever the buffer size and compression.
/// </summary>
public sealed class When_round_tripping_virtual_file_formats
{
    public static Arbitrary<Transfer> Transfers() => (
        from bufferSize in Gen.OneOf(Gen.Constant(128), Gen.Choose(128, 9000), Gen.Constant(99999))
        from compression in Gen.Elements(true, false)
        from large in Gen.Frequency((1, Gen.Constant(true)), (6, Gen.Constant(false)))
        select new Transfer(bufferSize, compression, large)).ToArbitrary();

    public static Arbitrary<byte[]> Unstructured() =>
        Gen.OneOf(RecordGenerators.Octets(12), RecordGenerators.Octets(900)).ToArbitrary();

    public static Arbitrary<string[]> TextLines() => (
        from count in Gen.Choose(0, 300)
        from lines in Gen.ArrayOf(CommandGenerators.UserData(120).Select(line => line.Replace('\r', ' ')), count)
        select lines).ToArbitrary();

    public static Arbitrary<byte[][]> Records() => RecordGenerators.Records(200, 6).ToArbitrary();

    [Property(Arbitrary = [typeof(When_round_tripping_virtual_file_formats)], MaxTest = 60)]
    public void Unstructured_files(byte[] content, Transfer transfer) =>
        Send(content, VirtualFileFormat.Unstructured, 0, transfer);

    [Property(Arbitrary = [typeof(When_round_tripping_virtual_file_formats)], MaxTest = 60)]
    public void Text_files(string[] lines, bool finalLineEnd, Transfer transfer)
    {
        var text = string.Join("\r\n", lines) + (finalLineEnd && lines.Length > 0 ? "\r\n" : "");
        Send(Encoding.ASCII.GetBytes(text), VirtualFileFormat.Text, 0, transfer);
    }

    [Property(Arbitrary = [typeof(When_round_tripping_virtual_file_formats)], MaxTest = 60)]
    public void Fixed_record_files(byte[][] records, Transfer transfer)
    {
        var length = Math.Clamp(records.Length == 0 ? 1 : records[0].Length, 1, 700);
        var content = records.SelectMany(record => record.Concat(new byte[length]).Take(length)).ToArray();
        Send(content, VirtualFileFormat.Fixed, length, transfer);
    }

    [Property(Arbitrary = [typeof(When_round_tripping_virtual_file_formats)], MaxTest = 60)]
    public void Variable_record_files(byte[][] records, Transfer transfer)
    {
        var local = new MemoryStream();
        Span<byte> prefix = stackalloc byte[2];
        foreach (var record in records)
        {
            BinaryPrimitives.WriteUInt16BigEndian(prefix, (ushort)record.Length);
            local.Write(prefix);
            local.Write(record);
        }

        var longest = records.Length == 0 ? 1 : Math.Max(1, records.Max(record => record.Length));
        Send(local.ToArray(), VirtualFileFormat.Variable, longest, transfer);
    }

    private static void Send(byte[] content, VirtualFileFormat format, int recordLength, Transfer transfer)
    {
        if (transfer.Large)
        {
            // A few files beyond the encoder's 32 KiB chunk, so pieces of one record span chunks.
            content = [.. Enumerable.Repeat(content, Math.Max(1, 100_000 / Math.Max(1, content.Length))).SelectMany(c => c)];
        }

        var encoder = VirtualFileEncoder.Create(new MemoryStream(content), format, recordLength);
        var source = new DataBufferSource(encoder, transfer.BufferSize, transfer.Compression);
        var output = new ArrayBufferWriter<byte>();
        var decoder = VirtualFileDecoder.Create(output, format, recordLength);
        while (source.MoveNextAsync().AsTask().GetAwaiter().GetResult())
        {
            Assert.True(source.Current.Length <= transfer.BufferSize, $"{format}: a DATA buffer of {source.Current.Length} octets exceeds {transfer.BufferSize}");
            decoder.Write(source.Current.Span, transfer.Compression);
        }

        decoder.Complete();
        Expect.SameOctets(content, output.WrittenSpan, $"{format} file of {content.Length} octets through {transfer}");
        Expect.Equal(null, decoder.Verify(encoder.ToEndFile()), $"{format}: EFID counts of the sender against the receiver's");
        Expect.Equal(encoder.RecordCount, decoder.RecordCount, $"{format}: records counted on both sides");
    }

    public sealed record Transfer(int BufferSize, bool Compression, bool Large);
}
