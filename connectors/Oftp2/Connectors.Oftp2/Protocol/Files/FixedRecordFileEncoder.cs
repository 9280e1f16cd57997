using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Protocol.Files;

/// <summary>F files: consecutive records of exactly SFIDLRECL octets, each closed by the end-of-record flag (RFC 5024 §1.5.3).</summary>
internal sealed class FixedRecordFileEncoder : VirtualFileEncoder
{
    private readonly ChunkReader _input;
    private readonly int _recordLength;
    private int _recordRemaining;

    public FixedRecordFileEncoder(Stream payload, int recordLength, long restartPosition)
        : base(payload, VirtualFileFormat.Fixed, restartPosition)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(recordLength, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(recordLength, 99999);
        _recordLength = recordLength;
        _recordRemaining = recordLength;
        _input = new ChunkReader(payload, ChunkSize);
    }

    private protected override async ValueTask SkipToRestartPositionAsync(CancellationToken cancellationToken)
    {
        var octets = checked(RestartPosition * _recordLength);
        await SkipOctetsAsync(octets, cancellationToken).ConfigureAwait(false);
        RecordCount = RestartPosition;
        UnitCount = octets;
    }

    private protected override async ValueTask<bool> ReadNextAsync(CancellationToken cancellationToken)
    {
        if (!await _input.EnsureAsync(1, cancellationToken).ConfigureAwait(false))
        {
            if (_recordRemaining != _recordLength)
            {
                throw new VirtualFileRecordException(
                    $"The file ends inside record {RecordCount + 1}: its size is not a multiple of SFIDLRECL {_recordLength}",
                    RecordCount + 1,
                    Reasons.EndFileNegativeReason.InvalidByteCount);
            }

            return false;
        }

        var piece = _input.Take(_recordRemaining);
        _recordRemaining -= piece.Length;
        UnitCount += piece.Length;
        var endOfRecord = _recordRemaining == 0;
        if (endOfRecord)
        {
            RecordCount++;
            _recordRemaining = _recordLength;
        }

        Current = new RecordPiece(piece, endOfRecord);
        return true;
    }
}
