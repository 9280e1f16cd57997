namespace Connectors.Ota.Protocol.Multipart;

/// <summary>A part whose bytes do not match the Content-Length it declared.</summary>
public sealed class OtaContentLengthException : Exception
{
    public OtaContentLengthException()
        : this("a part's content does not match its declared Content-Length")
    {
    }

    public OtaContentLengthException(string message)
        : base(message)
    {
    }

    public OtaContentLengthException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
