using System.Buffers;
using Connectors.Oftp2.Protocol.Buffers;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Files;

/// <summary>
/// Turns received DATA buffers back into the local file (RFC 5024 §7), streaming into an
/// <see cref="IBufferWriter{T}"/> such as a <c>PipeWriter</c> over the target file: nothing is allocated per
/// subrecord. The local representations are those of <see cref="VirtualFileEncoder"/>.
/// </summary>
public abstract class VirtualFileDecoder
{
    private protected VirtualFileDecoder(IBufferWriter<byte> output, VirtualFileFormat format, long recordCount, long unitCount)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(recordCount);
        ArgumentOutOfRangeException.ThrowIfNegative(unitCount);
        Output = output;
        Format = format;
        RecordCount = recordCount;
        UnitCount = unitCount;
    }

    /// <summary>The format the data arrives in (<see cref="StartFile.TransmissionFormat"/>).</summary>
    public VirtualFileFormat Format { get; }

    /// <summary>Records completed, those before a restart included.</summary>
    public long RecordCount { get; private protected set; }

    /// <summary>Virtual file octets received (before buffer compression, §5.3.8), those before a restart included.</summary>
    public long UnitCount { get; private set; }

    /// <summary>
    /// The restart position this data supports (§1.5.4): completed records for F and V, complete 1K blocks for U
    /// and T. A listener answers at most what it has durably stored.
    /// </summary>
    public long RestartPosition => RestartCount.ForReceived(Format, RecordCount, UnitCount);

    private protected IBufferWriter<byte> Output { get; }

    /// <summary>
    /// A decoder for <paramref name="format"/>, the transmission format. <paramref name="maximumRecordLength"/>
    /// is SFIDLRECL (required for F and V). After a restart, pass the counts of what was kept.
    /// </summary>
    public static VirtualFileDecoder Create(
        IBufferWriter<byte> output,
        VirtualFileFormat format,
        int maximumRecordLength = 0,
        long recordCount = 0,
        long unitCount = 0) => format switch
        {
            VirtualFileFormat.Unstructured => new UnstructuredFileDecoder(output, unitCount),
            VirtualFileFormat.Text => new TextFileDecoder(output, unitCount),
            VirtualFileFormat.Fixed => new FixedRecordFileDecoder(output, maximumRecordLength, recordCount, unitCount),
            VirtualFileFormat.Variable => new VariableRecordFileDecoder(output, maximumRecordLength, recordCount, unitCount),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not an RFC 5024 file format"),
        };

    /// <summary>
    /// Writes the file content of one DATA exchange buffer. Malformed subrecords raise
    /// <see cref="OdetteProtocolException"/>; records that break the format raise <see cref="VirtualFileRecordException"/>.
    /// </summary>
    /// <param name="dataExchangeBuffer">The whole exchange buffer, 'D' first.</param>
    /// <param name="compressionAllowed">Whether buffer compression was agreed (SSIDCMPR).</param>
    public void Write(ReadOnlySpan<byte> dataExchangeBuffer, bool compressionAllowed)
    {
        Span<byte> scratch = stackalloc byte[SubrecordHeader.MaximumCount];
        var reader = new DataBufferReader(dataExchangeBuffer, compressionAllowed);
        while (reader.TryRead(out var subrecord))
        {
            var octets = subrecord.Expand(scratch);
            UnitCount += octets.Length;
            Append(octets, subrecord.EndOfRecord);
        }
    }

    /// <summary>Called at EFID: writes what is pending and fails if the file ended inside a record.</summary>
    public virtual void Complete()
    {
    }

    /// <summary>
    /// Compares the EFID counts with what arrived (§5.3.8): null when they match, else the EFNA reason
    /// (10 invalid record count for F and V, 11 invalid byte count).
    /// </summary>
    public EndFileNegativeReason? Verify(EndFile endFile)
    {
        ArgumentNullException.ThrowIfNull(endFile);
        if (Format is VirtualFileFormat.Fixed or VirtualFileFormat.Variable && endFile.RecordCount != RecordCount)
        {
            return EndFileNegativeReason.InvalidRecordCount;
        }

        return endFile.UnitCount == UnitCount ? null : EndFileNegativeReason.InvalidByteCount;
    }

    /// <summary>Handles the octets of one subrecord, expanded.</summary>
    private protected abstract void Append(ReadOnlySpan<byte> octets, bool endOfRecord);
}
