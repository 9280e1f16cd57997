using System.Buffers.Binary;

namespace Connectors.Oftp2.Protocol.Framing;

/// <summary>
/// The four-octet Stream Transmission Header in front of every exchange buffer on TCP (RFC 5024 §8.2): a 4-bit
/// version (0001), 4 reserved flag bits (0000) and a 24-bit length, in network byte order, of the whole Stream
/// Transmission Buffer (header plus exchange buffer), 5 to 100003.
/// </summary>
public readonly record struct StreamTransmissionHeader(int Version, int Flags, int Length)
{
    public const int Size = 4;
    public const int CurrentVersion = 1;

    /// <summary>The smallest buffer: the header and a one-octet command such as CD.</summary>
    public const int MinimumLength = Size + 1;

    /// <summary>The largest buffer: the header and the largest negotiable exchange buffer, 99999 octets.</summary>
    public const int MaximumLength = Size + MaximumExchangeBufferSize;

    /// <summary>The largest SSIDSDEB (§5.3.2).</summary>
    public const int MaximumExchangeBufferSize = 99999;

    /// <summary>The length of the exchange buffer behind the header.</summary>
    public int ExchangeBufferLength => Length - Size;

    /// <summary>Reads the header fields from the first four octets of <paramref name="source"/>, without judging them.</summary>
    public static StreamTransmissionHeader Read(ReadOnlySpan<byte> source)
    {
        var word = BinaryPrimitives.ReadUInt32BigEndian(source);
        return new StreamTransmissionHeader((int)(word >> 28), (int)((word >> 24) & 0x0F), (int)(word & 0x00FF_FFFF));
    }

    /// <summary>Writes the header of an exchange buffer of <paramref name="exchangeBufferLength"/> octets.</summary>
    public static void Write(Span<byte> destination, int exchangeBufferLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(exchangeBufferLength, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(exchangeBufferLength, MaximumExchangeBufferSize);
        BinaryPrimitives.WriteUInt32BigEndian(destination, ((uint)CurrentVersion << 28) | (uint)(exchangeBufferLength + Size));
    }

    /// <summary>
    /// Checks the header against §8.2 and the exchange buffer size in force: ESID 02 for a version other than 1,
    /// ESID 07 for a length below 5, <see cref="ExchangeBufferTooLargeException"/> above the limit. The reserved
    /// flags are ignored, as the robustness principle §8.2 quotes asks.
    /// </summary>
    public void Validate(int maximumExchangeBufferSize)
    {
        if (Version != CurrentVersion)
        {
            throw ProtocolErrors.Violation("STH", $"version is {Version}, RFC 5024 §8.2 defines version 1");
        }

        if (Length < MinimumLength)
        {
            throw ProtocolErrors.SizeError("STH", $"length {Length} is below the smallest stream transmission buffer of {MinimumLength} octets");
        }

        if (ExchangeBufferLength > maximumExchangeBufferSize)
        {
            throw new ExchangeBufferTooLargeException(ExchangeBufferLength, maximumExchangeBufferSize);
        }
    }
}
