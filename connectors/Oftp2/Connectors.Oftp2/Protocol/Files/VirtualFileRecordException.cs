using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Files;

/// <summary>
/// A virtual file whose records break its format: a fixed record of the wrong length, a file that ends inside a
/// record, a damaged V length prefix. It refuses the file, not the session: the listener answers
/// <see cref="EndFileAnswer"/> in its EFNA (RFC 5024 §5.3.10); a sender cannot send the file as declared.
/// </summary>
public class VirtualFileRecordException : Exception
{
    public VirtualFileRecordException()
        : this("the virtual file breaks its record format")
    {
    }

    public VirtualFileRecordException(string message)
        : this(message, 0, EndFileNegativeReason.Unspecified)
    {
    }

    public VirtualFileRecordException(string message, Exception innerException)
        : base(message, innerException)
    {
        EndFileAnswer = EndFileNegativeReason.Unspecified;
    }

    public VirtualFileRecordException(string message, long recordNumber, EndFileNegativeReason endFileAnswer)
        : base(message)
    {
        RecordNumber = recordNumber;
        EndFileAnswer = endFileAnswer;
    }

    /// <summary>The 1-based number of the record at fault, 0 when not known.</summary>
    public long RecordNumber { get; }

    /// <summary>The EFNA reason that fits.</summary>
    public EndFileNegativeReason EndFileAnswer { get; }
}
