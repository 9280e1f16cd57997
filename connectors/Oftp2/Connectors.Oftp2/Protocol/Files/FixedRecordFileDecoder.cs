using System.Buffers;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Files;

/// <summary>F files: every record exactly SFIDLRECL octets, closed by the end-of-record flag (RFC 5024 §1.5.3).</summary>
internal sealed class FixedRecordFileDecoder : VirtualFileDecoder
{
    private readonly int _recordLength;
    private int _received;

    public FixedRecordFileDecoder(IBufferWriter<byte> output, int recordLength, long recordCount, long unitCount)
        : base(output, VirtualFileFormat.Fixed, recordCount, unitCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(recordLength, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(recordLength, 99999);
        _recordLength = recordLength;
    }

    public override void Complete()
    {
        if (_received != 0)
        {
            throw new VirtualFileRecordException(
                $"The file ends inside record {RecordCount + 1}, which has no end-of-record flag",
                RecordCount + 1,
                EndFileNegativeReason.InvalidRecordCount);
        }
    }

    private protected override void Append(ReadOnlySpan<byte> octets, bool endOfRecord)
    {
        _received += octets.Length;
        if (_received > _recordLength)
        {
            throw new RecordTooLongException(RecordCount + 1, _recordLength);
        }

        Output.Write(octets);
        if (!endOfRecord)
        {
            return;
        }

        if (_received != _recordLength)
        {
            throw new VirtualFileRecordException(
                $"Record {RecordCount + 1} has {_received} octets, fixed records have {_recordLength} (SFIDLRECL)",
                RecordCount + 1,
                EndFileNegativeReason.StorageRecordFormatNotSupported);
        }

        RecordCount++;
        _received = 0;
    }
}
