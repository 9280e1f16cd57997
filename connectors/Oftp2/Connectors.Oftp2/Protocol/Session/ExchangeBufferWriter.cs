using System.Runtime.CompilerServices;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Framing;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// Frames exchange buffers with their stream transmission header (RFC 5024 §8.2) into one reused array, which
/// the session sends when it is full or before it waits for the partner, never after each DATA buffer: a credit
/// window leaves in a few large writes.
/// </summary>
internal sealed class ExchangeBufferWriter
{
    private const int Capacity = 2 * StreamTransmissionHeader.MaximumLength;

    private readonly Stream _transport;
    private readonly byte[] _buffer = new byte[Capacity];
    private int _length;

    public ExchangeBufferWriter(Stream transport)
    {
        _transport = transport;
    }

    /// <summary>Octets framed but not yet written to the connection.</summary>
    public int Pending => _length;

    /// <summary>Whether an exchange buffer of <paramref name="exchangeBufferLength"/> octets fits before the next send.</summary>
    public bool HasRoomFor(int exchangeBufferLength) =>
        Capacity - _length >= StreamTransmissionHeader.Size + exchangeBufferLength;

    /// <summary>Frames <paramref name="command"/>, encoded at <paramref name="level"/> in <paramref name="length"/> octets.</summary>
    public void Frame(OdetteCommand command, ProtocolLevel level, int length)
    {
        var target = _buffer.AsSpan(_length);
        StreamTransmissionHeader.Write(target, length);
        CommandEncoder.Encode(command, target[StreamTransmissionHeader.Size..], level);
        _length += StreamTransmissionHeader.Size + length;
    }

    /// <summary>Frames a DATA exchange buffer as it is, command octet included.</summary>
    public void Frame(ReadOnlySpan<byte> exchangeBuffer)
    {
        var target = _buffer.AsSpan(_length);
        StreamTransmissionHeader.Write(target, exchangeBuffer.Length);
        exchangeBuffer.CopyTo(target[StreamTransmissionHeader.Size..]);
        _length += StreamTransmissionHeader.Size + exchangeBuffer.Length;
    }

    /// <summary>Writes everything framed to the connection; <paramref name="flush"/> also flushes it (an SslStream holds records until then).</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask SendAsync(bool flush, CancellationToken cancellationToken)
    {
        if (_length > 0)
        {
            var length = _length;
            _length = 0;
            await _transport.WriteAsync(_buffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
        }

        if (flush)
        {
            await _transport.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Forgets what was framed: after a failed write its octets cannot be trusted to frame correctly.</summary>
    public void Discard() => _length = 0;
}
