using System.Buffers.Binary;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Files;
using Connectors.Oftp2.Tests.Protocol.Support;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// Restart positions count records for F and V files and 1K blocks for U and T files, and for every secured file,
/// which travels as U (RFC 5024 §1.5.4, §5.3.3). A restarted send starts there and still reports total counts.
/// </summary>
public sealed class When_counting_restart_positions
{
    [Theory]
    [InlineData(VirtualFileFormat.Fixed, true)]
    [InlineData(VirtualFileFormat.Variable, true)]
    [InlineData(VirtualFileFormat.Unstructured, false)]
    [InlineData(VirtualFileFormat.Text, false)]
    public void Records_or_blocks_by_format(VirtualFileFormat format, bool countsRecords)
    {
        Expect.Equal(countsRecords, RestartCount.CountsRecords(format), $"{format} counts records");
        Expect.Equal(countsRecords ? 7L : 2L, RestartCount.ForReceived(format, recordCount: 7, unitCount: 3000), $"{format} position after 7 records, 3000 octets");
    }

    [Fact]
    public void A_secured_file_counts_blocks_whatever_its_format()
    {
        var secured = SampleCommands.StartFile with { Format = VirtualFileFormat.Variable, MaximumRecordLength = 80, Security = SecurityLevel.Signed, CipherSuite = CipherSuite.Aes256RsaSha256, Enveloping = FileEnveloping.Cms };
        Expect.Equal(VirtualFileFormat.Unstructured, secured.TransmissionFormat, "transmission format of a signed V file");
        Assert.False(RestartCount.CountsRecords(secured.TransmissionFormat), "a signed V file restarts in blocks");
    }

    [Fact]
    public void The_answer_never_exceeds_the_request()
    {
        Expect.Equal(5L, RestartCount.Answer(requested: 5, available: 9, restartAgreed: true), "listener holding more than asked");
        Expect.Equal(3L, RestartCount.Answer(requested: 5, available: 3, restartAgreed: true), "listener holding less");
        Expect.Equal(0L, RestartCount.Answer(requested: 5, available: 3, restartAgreed: false), "restart not agreed (SFPAACNT must be zero)");
        Expect.Equal(3L, StartFile.BlocksFor(2049), "SFIDFSIZ of 2049 octets, rounded up");
    }

    [Fact]
    public async Task An_unstructured_send_restarts_at_its_block()
    {
        var content = Enumerable.Range(0, 5000).Select(i => (byte)i).ToArray();
        var encoder = VirtualFileEncoder.Create(new NonSeekableStream(content), VirtualFileFormat.Unstructured, restartPosition: 3);
        var sent = await Drain(encoder);
        Expect.SameOctets(content.AsSpan(3072), sent, "octets sent after a restart at block 3");
        Expect.Equal(new EndFile(0, 5000), encoder.ToEndFile(), "EFID keeps the total count");
    }

    [Fact]
    public async Task A_fixed_send_restarts_at_its_record()
    {
        var content = new byte[100];
        var encoder = VirtualFileEncoder.Create(new MemoryStream(content), VirtualFileFormat.Fixed, maximumRecordLength: 20, restartPosition: 2);
        var sent = await Drain(encoder);
        Expect.Equal(60, sent.Length, "octets after two 20-octet records");
        Expect.Equal(new EndFile(5, 100), encoder.ToEndFile(), "EFID keeps the total counts");
    }

    [Fact]
    public async Task A_variable_send_restarts_at_its_record_and_a_receiver_finds_where_to_cut()
    {
        var local = Variable([5], [], [1, 2, 3], [9, 9]);
        var encoder = VirtualFileEncoder.Create(new MemoryStream(local), VirtualFileFormat.Variable, maximumRecordLength: 10, restartPosition: 2);
        var sent = await Drain(encoder);
        Expect.SameOctets([1, 2, 3, 9, 9], sent, "record data after two records");
        Expect.Equal(new EndFile(4, 6), encoder.ToEndFile(), "EFID keeps the total counts");

        var offset = await RestartCount.FindLocalOffsetAsync(new MemoryStream(local), VirtualFileFormat.Variable, 10, position: 3);
        Expect.Equal(2L + 1 + 2 + 2 + 3, offset, "local offset after three length-prefixed records");
        Expect.Equal(3072L, await RestartCount.FindLocalOffsetAsync(Stream.Null, VirtualFileFormat.Text, 0, position: 3), "T file offset");
        Expect.Equal(60L, await RestartCount.FindLocalOffsetAsync(Stream.Null, VirtualFileFormat.Fixed, 20, position: 3), "F file offset");
    }

    [Fact]
    public async Task A_restart_beyond_the_file_is_refused()
    {
        var encoder = VirtualFileEncoder.Create(new MemoryStream(new byte[100]), VirtualFileFormat.Unstructured, restartPosition: 1);
        await Assert.ThrowsAsync<VirtualFileRecordException>(() => encoder.ReadAsync().AsTask());
    }

    [Fact]
    public void A_receiver_after_a_restart_continues_the_counts()
    {
        var decoder = VirtualFileDecoder.Create(new System.Buffers.ArrayBufferWriter<byte>(), VirtualFileFormat.Unstructured, unitCount: 2048);
        decoder.Write([(byte)'D', 0x84, 1, 2, 3, 4], compressionAllowed: false);
        Expect.Equal(2052L, decoder.UnitCount, "units after the restart");
        Expect.Equal(2L, decoder.RestartPosition, "complete blocks held");
        Expect.Equal(null, decoder.Verify(new EndFile(0, 2052)), "EFID with the total count");
        Expect.Equal(Connectors.Oftp2.Protocol.Reasons.EndFileNegativeReason.InvalidByteCount, decoder.Verify(new EndFile(0, 4)), "EFID with only the resent octets");
    }

    private static async Task<byte[]> Drain(VirtualFileEncoder encoder)
    {
        var sent = new List<byte>();
        while (await encoder.ReadAsync())
        {
            sent.AddRange(encoder.Current.Data.ToArray());
        }

        return [.. sent];
    }

    private static byte[] Variable(params byte[][] records)
    {
        var local = new List<byte>();
        foreach (var record in records)
        {
            var prefix = new byte[2];
            BinaryPrimitives.WriteUInt16BigEndian(prefix, (ushort)record.Length);
            local.AddRange(prefix);
            local.AddRange(record);
        }

        return [.. local];
    }

    private sealed class NonSeekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
