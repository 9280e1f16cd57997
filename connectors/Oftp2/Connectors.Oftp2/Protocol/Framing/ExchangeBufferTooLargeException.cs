using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Framing;

/// <summary>
/// A stream transmission header announcing an exchange buffer above the size in force: above the negotiated
/// SSIDSDEB, or above 99999 before negotiation. The session ends with ESID 07 (RFC 5024 §5.3.11) and must not
/// read the announced octets.
/// </summary>
public sealed class ExchangeBufferTooLargeException : OdetteProtocolException
{
    public ExchangeBufferTooLargeException()
        : this(0, StreamTransmissionHeader.MaximumExchangeBufferSize)
    {
    }

    public ExchangeBufferTooLargeException(string message)
        : base(EndSessionReason.ExchangeBufferSizeError, "STH", message)
    {
    }

    public ExchangeBufferTooLargeException(string message, Exception innerException)
        : base(EndSessionReason.ExchangeBufferSizeError, "STH", message, innerException)
    {
    }

    public ExchangeBufferTooLargeException(int announcedLength, int maximumLength)
        : base(
            EndSessionReason.ExchangeBufferSizeError,
            "STH",
            $"STH: announces an exchange buffer of {announcedLength} octets, the limit is {maximumLength} (RFC 5024 §5.3.11 reason 07)")
    {
        AnnouncedLength = announcedLength;
        MaximumLength = maximumLength;
    }

    /// <summary>The exchange buffer length the header announced.</summary>
    public int AnnouncedLength { get; }

    /// <summary>The exchange buffer size in force.</summary>
    public int MaximumLength { get; }
}
