using System.Buffers;
using System.Buffers.Binary;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Files;

/// <summary>
/// V files: each record up to SFIDLRECL octets, closed by the end-of-record flag, written behind a two-octet
/// length (the record headers of RFC 5024 §6.5). The length is known only at the end of the record, so one
/// record is held in a buffer reused for the whole file; records above 65535 octets cannot carry that header.
/// </summary>
internal sealed class VariableRecordFileDecoder : VirtualFileDecoder
{
    private readonly byte[] _record;
    private int _received;
    private bool _recordStarted;

    public VariableRecordFileDecoder(IBufferWriter<byte> output, int maximumRecordLength, long recordCount, long unitCount)
        : base(output, VirtualFileFormat.Variable, recordCount, unitCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumRecordLength, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maximumRecordLength, 99999);
        _record = new byte[Math.Min(maximumRecordLength, ushort.MaxValue)];
    }

    public override void Complete()
    {
        if (_recordStarted)
        {
            throw new VirtualFileRecordException(
                $"The file ends inside record {RecordCount + 1}, which has no end-of-record flag",
                RecordCount + 1,
                EndFileNegativeReason.InvalidRecordCount);
        }
    }

    private protected override void Append(ReadOnlySpan<byte> octets, bool endOfRecord)
    {
        if (_record.Length - _received < octets.Length)
        {
            throw new RecordTooLongException(RecordCount + 1, _record.Length);
        }

        octets.CopyTo(_record.AsSpan(_received));
        _received += octets.Length;
        _recordStarted |= !octets.IsEmpty;
        if (!endOfRecord)
        {
            return;
        }

        var header = Output.GetSpan(2);
        BinaryPrimitives.WriteUInt16BigEndian(header, (ushort)_received);
        Output.Advance(2);
        Output.Write(_record.AsSpan(0, _received));
        RecordCount++;
        _received = 0;
        _recordStarted = false;
    }
}
