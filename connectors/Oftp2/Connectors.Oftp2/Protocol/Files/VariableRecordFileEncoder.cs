using System.Buffers.Binary;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Files;

/// <summary>
/// V files: the local file holds each record behind a two-octet length in network byte order (the record headers
/// of RFC 5024 §6.5). The lengths are not transmitted; each record ends with the end-of-record flag.
/// </summary>
internal sealed class VariableRecordFileEncoder : VirtualFileEncoder
{
    private const int LengthPrefix = 2;

    private readonly ChunkReader _input;
    private readonly int _maximumRecordLength;
    private int _recordRemaining = -1;

    public VariableRecordFileEncoder(Stream payload, int maximumRecordLength, long restartPosition)
        : base(payload, VirtualFileFormat.Variable, restartPosition)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumRecordLength, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maximumRecordLength, 99999);
        _maximumRecordLength = maximumRecordLength;
        _input = new ChunkReader(payload, ChunkSize);
    }

    private protected override async ValueTask SkipToRestartPositionAsync(CancellationToken cancellationToken)
    {
        while (RecordCount < RestartPosition)
        {
            if (!await _input.EnsureAsync(1, cancellationToken).ConfigureAwait(false))
            {
                throw RestartBeyondEnd();
            }

            var length = await ReadLengthAsync(cancellationToken).ConfigureAwait(false);
            var remaining = length;
            while (remaining > 0)
            {
                if (!await _input.EnsureAsync(1, cancellationToken).ConfigureAwait(false))
                {
                    throw RestartBeyondEnd();
                }

                remaining -= _input.Take(remaining).Length;
            }

            RecordCount++;
            UnitCount += length;
        }
    }

    private protected override async ValueTask<bool> ReadNextAsync(CancellationToken cancellationToken)
    {
        if (_recordRemaining < 0)
        {
            if (!await _input.EnsureAsync(1, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            _recordRemaining = await ReadLengthAsync(cancellationToken).ConfigureAwait(false);
            if (_recordRemaining == 0)
            {
                return Complete(ReadOnlyMemory<byte>.Empty);
            }
        }

        if (!await _input.EnsureAsync(1, cancellationToken).ConfigureAwait(false))
        {
            throw new VirtualFileRecordException(
                $"The file ends inside record {RecordCount + 1}, {_recordRemaining} octets short of its length prefix",
                RecordCount + 1,
                EndFileNegativeReason.InvalidByteCount);
        }

        var piece = _input.Take(_recordRemaining);
        _recordRemaining -= piece.Length;
        UnitCount += piece.Length;
        if (_recordRemaining == 0)
        {
            return Complete(piece);
        }

        Current = new RecordPiece(piece, EndOfRecord: false);
        return true;
    }

    private bool Complete(ReadOnlyMemory<byte> lastPiece)
    {
        RecordCount++;
        _recordRemaining = -1;
        Current = new RecordPiece(lastPiece, EndOfRecord: true);
        return true;
    }

    private async ValueTask<int> ReadLengthAsync(CancellationToken cancellationToken)
    {
        if (!await _input.EnsureAsync(LengthPrefix, cancellationToken).ConfigureAwait(false))
        {
            throw new VirtualFileRecordException(
                $"The file ends inside the length prefix of record {RecordCount + 1}",
                RecordCount + 1,
                EndFileNegativeReason.InvalidByteCount);
        }

        int length = BinaryPrimitives.ReadUInt16BigEndian(_input.Span);
        _input.Take(LengthPrefix);
        if (length > _maximumRecordLength)
        {
            throw new RecordTooLongException(RecordCount + 1, _maximumRecordLength);
        }

        return length;
    }
}
