using System.Buffers;
using Connectors.Oftp2.Protocol.Buffers;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Files;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Protocol.Support;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// Records longer than SFIDLRECL raise <see cref="RecordTooLongException"/> (EFNA 05) on both sides; other breaks
/// of the F and V formats raise <see cref="VirtualFileRecordException"/>, which refuses the file, not the session.
/// </summary>
public sealed class When_detecting_record_errors
{
    [Fact]
    public void A_received_variable_record_above_the_maximum_is_too_long()
    {
        var decoder = VirtualFileDecoder.Create(new ArrayBufferWriter<byte>(), VirtualFileFormat.Variable, maximumRecordLength: 50);
        decoder.Write(Buffer(new byte[50], endOfRecord: true), compressionAllowed: false);
        var error = Expect.Throws<RecordTooLongException>(
            () => decoder.Write(Buffer(new byte[51], endOfRecord: true), compressionAllowed: false),
            "a 51-octet record with SFIDLRECL 50");
        Expect.Equal(2L, error.RecordNumber, "record at fault");
        Expect.Equal(EndFileNegativeReason.MaximumRecordLengthNotSupported, error.EndFileAnswer, "EFNA reason");
    }

    [Fact]
    public void A_received_fixed_record_above_the_length_is_too_long()
    {
        var decoder = VirtualFileDecoder.Create(new ArrayBufferWriter<byte>(), VirtualFileFormat.Fixed, maximumRecordLength: 10);
        Expect.Throws<RecordTooLongException>(
            () => decoder.Write(Buffer(new byte[11], endOfRecord: false), compressionAllowed: false),
            "11 octets into a 10-octet fixed record");
    }

    [Fact]
    public void A_received_fixed_record_below_the_length_is_refused()
    {
        var decoder = VirtualFileDecoder.Create(new ArrayBufferWriter<byte>(), VirtualFileFormat.Fixed, maximumRecordLength: 10);
        var error = Expect.Throws<VirtualFileRecordException>(
            () => decoder.Write(Buffer(new byte[9], endOfRecord: true), compressionAllowed: false),
            "a 9-octet fixed record of length 10");
        Assert.False(error is RecordTooLongException, "a short record is not too long");
    }

    [Fact]
    public void A_file_ending_inside_a_record_is_refused()
    {
        var decoder = VirtualFileDecoder.Create(new ArrayBufferWriter<byte>(), VirtualFileFormat.Variable, maximumRecordLength: 10);
        decoder.Write(Buffer(new byte[4], endOfRecord: false), compressionAllowed: false);
        Expect.Throws<VirtualFileRecordException>(decoder.Complete, "EFID after a record without end-of-record flag");
    }

    [Fact]
    public async Task A_local_variable_record_above_the_maximum_cannot_be_sent()
    {
        var local = new byte[] { 0x00, 0x02, 1, 2, 0x00, 0x05, 1, 2, 3, 4, 5 };
        var encoder = VirtualFileEncoder.Create(new MemoryStream(local), VirtualFileFormat.Variable, maximumRecordLength: 4);
        Assert.True(await encoder.ReadAsync(), "the first record fits");
        var error = await Assert.ThrowsAsync<RecordTooLongException>(() => encoder.ReadAsync().AsTask());
        Expect.Equal(2L, error.RecordNumber, "record at fault");
        Expect.Equal(4, error.MaximumRecordLength, "limit");
    }

    [Fact]
    public async Task A_local_fixed_file_of_partial_records_cannot_be_sent()
    {
        var encoder = VirtualFileEncoder.Create(new MemoryStream(new byte[25]), VirtualFileFormat.Fixed, maximumRecordLength: 10);
        var pieces = 0;
        var error = await Assert.ThrowsAsync<VirtualFileRecordException>(async () =>
        {
            while (await encoder.ReadAsync())
            {
                pieces++;
            }
        });
        Expect.Equal(3L, error.RecordNumber, "record at fault");
        Expect.Equal(2L, encoder.RecordCount, "complete records before the error");
    }

    [Fact]
    public async Task A_local_variable_file_cut_inside_a_record_cannot_be_sent()
    {
        var encoder = VirtualFileEncoder.Create(new MemoryStream(new byte[] { 0x00, 0x09, 1, 2 }), VirtualFileFormat.Variable, maximumRecordLength: 10);
        await Assert.ThrowsAsync<VirtualFileRecordException>(async () =>
        {
            while (await encoder.ReadAsync())
            {
            }
        });
    }

    private static byte[] Buffer(byte[] record, bool endOfRecord)
    {
        var builder = new DataBufferBuilder(4096, compression: false);
        Assert.True(builder.TryAppend(record, endOfRecord, out _), "test record fits one buffer");
        return builder.ExchangeBuffer.ToArray();
    }
}
