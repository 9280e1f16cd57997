using System.Buffers;
using System.IO.Pipelines;

namespace Connectors.Oftp2.Protocol.Framing;

/// <summary>
/// Recovers exchange buffers from a TCP byte stream (RFC 5024 §8): whatever way the stream was segmented, each
/// read returns one whole exchange buffer without its header. The buffer is handed out in place when the pipe
/// holds it in one segment, else copied into one reused array; either way it stays valid until the next read.
/// </summary>
public sealed class StreamTransmissionReader : IAsyncDisposable
{
    private readonly PipeReader _input;
    private readonly bool _ownsInput;
    private SequencePosition? _consumed;
    private byte[]? _copy;
    private int _maximumExchangeBufferSize;

    /// <param name="input">The connection's reader.</param>
    /// <param name="maximumExchangeBufferSize">The exchange buffer size in force: 99999 until SSIDs are exchanged.</param>
    public StreamTransmissionReader(PipeReader input, int maximumExchangeBufferSize = StreamTransmissionHeader.MaximumExchangeBufferSize)
        : this(input, maximumExchangeBufferSize, ownsInput: false)
    {
    }

    /// <param name="input">The connection's stream; it is left open.</param>
    /// <param name="maximumExchangeBufferSize">The exchange buffer size in force: 99999 until SSIDs are exchanged.</param>
    public StreamTransmissionReader(Stream input, int maximumExchangeBufferSize = StreamTransmissionHeader.MaximumExchangeBufferSize)
        : this(PipeReader.Create(input, new StreamPipeReaderOptions(leaveOpen: true)), maximumExchangeBufferSize, ownsInput: true)
    {
    }

    private StreamTransmissionReader(PipeReader input, int maximumExchangeBufferSize, bool ownsInput)
    {
        ArgumentNullException.ThrowIfNull(input);
        _input = input;
        _ownsInput = ownsInput;
        MaximumExchangeBufferSize = maximumExchangeBufferSize;
    }

    /// <summary>
    /// The largest exchange buffer accepted. Set it to the negotiated SSIDSDEB once both SSIDs are exchanged:
    /// a larger one then raises <see cref="ExchangeBufferTooLargeException"/> (ESID 07).
    /// </summary>
    public int MaximumExchangeBufferSize
    {
        get => _maximumExchangeBufferSize;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, StreamTransmissionHeader.MaximumExchangeBufferSize);
            _maximumExchangeBufferSize = value;
        }
    }

    /// <summary>
    /// Reads the next exchange buffer; null when the peer closed the connection between two buffers. A
    /// connection closed inside a buffer, or a header RFC 5024 §8.2 does not allow, raises <see cref="OdetteProtocolException"/>.
    /// </summary>
    public async ValueTask<ReadOnlyMemory<byte>?> ReadAsync(CancellationToken cancellationToken = default)
    {
        if (_consumed is { } consumed)
        {
            _input.AdvanceTo(consumed);
            _consumed = null;
        }

        while (true)
        {
            var result = await _input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            bool complete;
            ReadOnlySequence<byte> exchangeBuffer;
            try
            {
                complete = TryReadExchangeBuffer(ref buffer, MaximumExchangeBufferSize, out exchangeBuffer);
            }
            catch (OdetteProtocolException)
            {
                // Leave the pipe consistent; the session ends anyway and nothing after a bad header can be framed.
                _input.AdvanceTo(result.Buffer.Start, result.Buffer.End);
                throw;
            }

            if (complete)
            {
                _consumed = buffer.Start;
                return exchangeBuffer.IsSingleSegment ? exchangeBuffer.First : CopyOut(exchangeBuffer);
            }

            if (result.IsCompleted || result.IsCanceled)
            {
                _input.AdvanceTo(buffer.End);
                if (buffer.IsEmpty && result.IsCompleted)
                {
                    return null;
                }

                throw result.IsCanceled
                    ? new OperationCanceledException("the read was cancelled", cancellationToken)
                    : ProtocolErrors.SizeError("STH", $"the connection closed {buffer.Length} octets into a stream transmission buffer");
            }

            _input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>
    /// Slices one stream transmission buffer off the front of <paramref name="buffer"/>: true with the exchange
    /// buffer and <paramref name="buffer"/> advanced past it, false when more octets are needed. Checks the
    /// header as soon as its four octets are there, so an oversized buffer is refused before it is read.
    /// </summary>
    public static bool TryReadExchangeBuffer(ref ReadOnlySequence<byte> buffer, int maximumExchangeBufferSize, out ReadOnlySequence<byte> exchangeBuffer)
    {
        exchangeBuffer = default;
        if (buffer.Length < StreamTransmissionHeader.Size)
        {
            return false;
        }

        Span<byte> headerOctets = stackalloc byte[StreamTransmissionHeader.Size];
        buffer.Slice(0, StreamTransmissionHeader.Size).CopyTo(headerOctets);
        var header = StreamTransmissionHeader.Read(headerOctets);
        header.Validate(maximumExchangeBufferSize);
        if (buffer.Length < header.Length)
        {
            return false;
        }

        exchangeBuffer = buffer.Slice(StreamTransmissionHeader.Size, header.ExchangeBufferLength);
        buffer = buffer.Slice(header.Length);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsInput)
        {
            await _input.CompleteAsync().ConfigureAwait(false);
        }
    }

    private ReadOnlyMemory<byte> CopyOut(ReadOnlySequence<byte> exchangeBuffer)
    {
        _copy ??= new byte[StreamTransmissionHeader.MaximumExchangeBufferSize];
        exchangeBuffer.CopyTo(_copy);
        return _copy.AsMemory(0, (int)exchangeBuffer.Length);
    }
}
