using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Security;

/// <summary>
/// The one error of the file services: <see cref="Failure"/> says why, and <see cref="EndFileReason"/> and
/// <see cref="NegativeEndResponseReason"/> give the codes to answer with. Messages name certificates and algorithms,
/// never key material or file content.
/// </summary>
public class FileSecurityException : Exception
{
    public FileSecurityException()
        : this(FileSecurityFailure.MalformedEnvelope, "the secured file could not be processed")
    {
    }

    public FileSecurityException(string message)
        : this(FileSecurityFailure.MalformedEnvelope, message)
    {
    }

    public FileSecurityException(string message, Exception innerException)
        : this(FileSecurityFailure.MalformedEnvelope, message, innerException)
    {
    }

    public FileSecurityException(FileSecurityFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    /// <summary>Why the file failed.</summary>
    public FileSecurityFailure Failure { get; }

    /// <summary>The EFNA reason to refuse the file with while the session is open (RFC 5024 §5.3.10).</summary>
    public EndFileNegativeReason EndFileReason => Failure.ToEndFileNegativeReason();

    /// <summary>The NERP reason to report to the originator (RFC 5024 §5.3.14).</summary>
    public NegativeEndResponseReason NegativeEndResponseReason => Failure.ToNegativeEndResponseReason();
}
