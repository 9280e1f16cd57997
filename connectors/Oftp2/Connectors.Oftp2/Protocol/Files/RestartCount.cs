using System.Buffers.Binary;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Protocol.Files;

/// <summary>
/// Restart positions (RFC 5024 §1.5.4, §5.3.3 SFIDREST, §5.3.4 SFPAACNT): F and V files restart on record
/// boundaries and count records; U and T files, and every secured file (sent as U), count 1K blocks.
/// </summary>
public static class RestartCount
{
    /// <summary>Whether positions of a file sent in <paramref name="transmissionFormat"/> count records (else 1K blocks).</summary>
    public static bool CountsRecords(VirtualFileFormat transmissionFormat) =>
        transmissionFormat is VirtualFileFormat.Fixed or VirtualFileFormat.Variable;

    /// <summary>The position a receiver holding <paramref name="recordCount"/> records and <paramref name="unitCount"/> octets can restart from.</summary>
    public static long ForReceived(VirtualFileFormat transmissionFormat, long recordCount, long unitCount) =>
        CountsRecords(transmissionFormat) ? recordCount : unitCount / StartFile.BlockSize;

    /// <summary>The virtual file octet offset of a U or T position in 1K blocks.</summary>
    public static long BlocksToOctets(long blocks) => checked(blocks * StartFile.BlockSize);

    /// <summary>
    /// The count a listener answers in its SFPA: its own position, never above the speaker's SFIDREST (§5.3.4),
    /// and zero when restart was not agreed.
    /// </summary>
    public static long Answer(long requested, long available, bool restartAgreed) =>
        restartAgreed ? Math.Max(0, Math.Min(requested, available)) : 0;

    /// <summary>
    /// Where <paramref name="position"/> lies in a local file as <see cref="VirtualFileEncoder"/> and
    /// <see cref="VirtualFileDecoder"/> store it: blocks times 1024 for U and T, records times SFIDLRECL for F,
    /// and for V the offset after that many length-prefixed records. A receiver truncates its partial file there.
    /// </summary>
    public static async ValueTask<long> FindLocalOffsetAsync(
        Stream localFile,
        VirtualFileFormat transmissionFormat,
        int maximumRecordLength,
        long position,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(localFile);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        switch (transmissionFormat)
        {
            case VirtualFileFormat.Unstructured or VirtualFileFormat.Text:
                return BlocksToOctets(position);
            case VirtualFileFormat.Fixed:
                return checked(position * maximumRecordLength);
        }

        var prefix = new byte[2];
        long offset = 0;
        for (long record = 0; record < position; record++)
        {
            localFile.Seek(offset, SeekOrigin.Begin);
            await localFile.ReadExactlyAsync(prefix, cancellationToken).ConfigureAwait(false);
            offset += 2 + BinaryPrimitives.ReadUInt16BigEndian(prefix);
            if (offset > localFile.Length)
            {
                throw new VirtualFileRecordException($"The local file ends inside record {record + 1}");
            }
        }

        return offset;
    }
}
