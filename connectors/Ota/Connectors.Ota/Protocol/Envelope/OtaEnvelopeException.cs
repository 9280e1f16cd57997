namespace Connectors.Ota.Protocol.Envelope;

/// <summary>A body that cannot be read as an OTA post: its message says why, never what a field held.</summary>
public sealed class OtaEnvelopeException : Exception
{
    public OtaEnvelopeException()
        : this("the body is not a well-formed OTA post")
    {
    }

    public OtaEnvelopeException(string message)
        : base(message)
    {
    }

    public OtaEnvelopeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
