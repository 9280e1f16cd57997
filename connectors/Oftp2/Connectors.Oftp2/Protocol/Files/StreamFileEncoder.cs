using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Protocol.Files;

/// <summary>
/// U and T files: one record for the whole file, whose end-of-record flag marks the end of the file (RFC 5024
/// §7.2). Text goes out exactly as stored, CR LF included, as in Appendix A. One buffer is read ahead so the
/// flag rides on the last data instead of an extra empty subrecord.
/// </summary>
internal sealed class StreamFileEncoder : VirtualFileEncoder
{
    private byte[] _current = new byte[ChunkSize];
    private byte[] _next = new byte[ChunkSize];
    private int _nextLength = -1;
    private bool _ended;

    public StreamFileEncoder(Stream payload, VirtualFileFormat format, long restartPosition)
        : base(payload, format, restartPosition)
    {
    }

    private protected override async ValueTask SkipToRestartPositionAsync(CancellationToken cancellationToken)
    {
        var octets = checked(RestartPosition * StartFile.BlockSize);
        await SkipOctetsAsync(octets, cancellationToken).ConfigureAwait(false);
        UnitCount = octets;
    }

    private protected override async ValueTask<bool> ReadNextAsync(CancellationToken cancellationToken)
    {
        if (_ended)
        {
            return false;
        }

        if (_nextLength < 0)
        {
            _nextLength = await FillAsync(_next, cancellationToken).ConfigureAwait(false);
        }

        (_current, _next) = (_next, _current);
        var length = _nextLength;
        _nextLength = length == _current.Length ? await FillAsync(_next, cancellationToken).ConfigureAwait(false) : 0;
        _ended = _nextLength == 0;
        UnitCount += length;
        Current = new RecordPiece(_current.AsMemory(0, length), EndOfRecord: _ended);
        return true;
    }

    private ValueTask<int> FillAsync(byte[] buffer, CancellationToken cancellationToken) =>
        Payload.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
}
