namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// The partner sent nothing, or took nothing, within <see cref="SessionTimeouts.Response"/>: the inactivity timer
/// of RFC 5024 §4.7.2 and §9 ran out, and the session ends with ESID 09.
/// </summary>
internal sealed class PartnerTimeoutException : Exception
{
    public PartnerTimeoutException()
        : this("the partner did not answer in time")
    {
    }

    public PartnerTimeoutException(string message)
        : base(message)
    {
    }

    public PartnerTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
