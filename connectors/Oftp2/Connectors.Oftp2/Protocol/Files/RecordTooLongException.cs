using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Files;

/// <summary>
/// A record longer than the negotiated SFIDLRECL (RFC 5024 §5.3.3). A listener answers EFNA reason 05, "Maximum
/// record length not supported" (the same code as SFNA 05, which refuses such a file before its data flows).
/// </summary>
public sealed class RecordTooLongException : VirtualFileRecordException
{
    public RecordTooLongException()
        : this("a record is longer than the maximum record length")
    {
    }

    public RecordTooLongException(string message)
        : base(message, 0, EndFileNegativeReason.MaximumRecordLengthNotSupported)
    {
    }

    public RecordTooLongException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RecordTooLongException(long recordNumber, int maximumRecordLength)
        : base(
            $"Record {recordNumber} is longer than the maximum record length of {maximumRecordLength} octets (SFIDLRECL, RFC 5024 §5.3.3)",
            recordNumber,
            EndFileNegativeReason.MaximumRecordLengthNotSupported)
    {
        MaximumRecordLength = maximumRecordLength;
    }

    /// <summary>The limit the record broke.</summary>
    public int MaximumRecordLength { get; }
}
