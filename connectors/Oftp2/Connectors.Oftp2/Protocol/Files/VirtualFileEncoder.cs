using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Protocol.Files;

/// <summary>
/// Turns a local payload stream into the records of a virtual file (RFC 5024 §1.5.3, §7): a sequence of
/// <see cref="RecordPiece"/> that <see cref="Buffers.DataBufferBuilder"/> packs into DATA buffers. Streams any
/// file size with one reused buffer. Local representations: U and T as stored (T keeps its CR LF, as in
/// Appendix A), F as consecutive records of SFIDLRECL octets, V as records each preceded by a two-octet length
/// in network byte order (the record headers of §6.5).
/// </summary>
public abstract class VirtualFileEncoder
{
    private protected const int ChunkSize = 32 * 1024;

    private bool _started;

    private protected VirtualFileEncoder(Stream payload, VirtualFileFormat format, long restartPosition)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentOutOfRangeException.ThrowIfNegative(restartPosition);
        Payload = payload;
        Format = format;
        RestartPosition = restartPosition;
    }

    /// <summary>The format the data is sent in (<see cref="StartFile.TransmissionFormat"/>).</summary>
    public VirtualFileFormat Format { get; }

    /// <summary>The agreed restart position the first piece starts from: records for F and V, 1K blocks for U and T.</summary>
    public long RestartPosition { get; }

    /// <summary>The piece the last successful <see cref="ReadAsync"/> produced.</summary>
    public RecordPiece Current { get; private protected set; }

    /// <summary>Records completed so far, those before the restart position included.</summary>
    public long RecordCount { get; private protected set; }

    /// <summary>Virtual file octets so far, those before the restart position included.</summary>
    public long UnitCount { get; private protected set; }

    private protected Stream Payload { get; }

    /// <summary>
    /// An encoder for <paramref name="format"/>, the transmission format. <paramref name="maximumRecordLength"/> is
    /// SFIDLRECL (required for F and V); <paramref name="restartPosition"/> is the count agreed in the SFPA.
    /// </summary>
    public static VirtualFileEncoder Create(Stream payload, VirtualFileFormat format, int maximumRecordLength = 0, long restartPosition = 0) =>
        format switch
        {
            VirtualFileFormat.Unstructured or VirtualFileFormat.Text => new StreamFileEncoder(payload, format, restartPosition),
            VirtualFileFormat.Fixed => new FixedRecordFileEncoder(payload, maximumRecordLength, restartPosition),
            VirtualFileFormat.Variable => new VariableRecordFileEncoder(payload, maximumRecordLength, restartPosition),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not an RFC 5024 file format"),
        };

    /// <summary>Produces the next piece into <see cref="Current"/>; false when the file has ended.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default)
    {
        if (!_started)
        {
            _started = true;
            await SkipToRestartPositionAsync(cancellationToken).ConfigureAwait(false);
        }

        return await ReadNextAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The EFID for what was read (§5.3.8: record count zero for U and T).</summary>
    public EndFile ToEndFile() =>
        new(Format is VirtualFileFormat.Fixed or VirtualFileFormat.Variable ? RecordCount : 0, UnitCount);

    private protected abstract ValueTask SkipToRestartPositionAsync(CancellationToken cancellationToken);

    private protected abstract ValueTask<bool> ReadNextAsync(CancellationToken cancellationToken);

    /// <summary>Skips <paramref name="count"/> octets of the payload, by seeking where the stream allows it.</summary>
    private protected async ValueTask SkipOctetsAsync(long count, CancellationToken cancellationToken)
    {
        if (count == 0)
        {
            return;
        }

        if (Payload.CanSeek)
        {
            if (Payload.Length - Payload.Position < count)
            {
                throw RestartBeyondEnd();
            }

            Payload.Seek(count, SeekOrigin.Current);
            return;
        }

        var discard = new byte[(int)Math.Min(count, ChunkSize)];
        while (count > 0)
        {
            var read = await Payload.ReadAsync(discard.AsMemory(0, (int)Math.Min(count, discard.Length)), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw RestartBeyondEnd();
            }

            count -= read;
        }
    }

    private protected VirtualFileRecordException RestartBeyondEnd() =>
        new($"Restart position {RestartPosition} lies beyond the end of the file (RFC 5024 §1.5.4)");
}
