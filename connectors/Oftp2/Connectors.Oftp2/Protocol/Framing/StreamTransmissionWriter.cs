using System.IO.Pipelines;
using Connectors.Oftp2.Protocol.Commands;

namespace Connectors.Oftp2.Protocol.Framing;

/// <summary>
/// Puts the Stream Transmission Header in front of each exchange buffer and sends it (RFC 5024 §8). Each write is
/// flushed: the protocol is a dialogue, and the peer answers only what it has received.
/// </summary>
public sealed class StreamTransmissionWriter : IAsyncDisposable
{
    private readonly PipeWriter _output;
    private readonly bool _ownsOutput;
    private int _maximumExchangeBufferSize = StreamTransmissionHeader.MaximumExchangeBufferSize;

    /// <param name="output">The connection's writer.</param>
    public StreamTransmissionWriter(PipeWriter output)
        : this(output, ownsOutput: false)
    {
    }

    /// <param name="output">The connection's stream; it is left open.</param>
    public StreamTransmissionWriter(Stream output)
        : this(PipeWriter.Create(output, new StreamPipeWriterOptions(leaveOpen: true)), ownsOutput: true)
    {
    }

    private StreamTransmissionWriter(PipeWriter output, bool ownsOutput)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _ownsOutput = ownsOutput;
    }

    /// <summary>The largest exchange buffer the partner accepts: the negotiated SSIDSDEB once SSIDs are exchanged.</summary>
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

    /// <summary>Sends one exchange buffer, such as a DATA buffer from <see cref="Buffers.DataBufferBuilder"/>.</summary>
    public ValueTask<FlushResult> WriteAsync(ReadOnlyMemory<byte> exchangeBuffer, CancellationToken cancellationToken = default)
    {
        CheckSize(exchangeBuffer.Length);
        var target = _output.GetSpan(StreamTransmissionHeader.Size + exchangeBuffer.Length);
        StreamTransmissionHeader.Write(target, exchangeBuffer.Length);
        exchangeBuffer.Span.CopyTo(target[StreamTransmissionHeader.Size..]);
        _output.Advance(StreamTransmissionHeader.Size + exchangeBuffer.Length);
        return _output.FlushAsync(cancellationToken);
    }

    /// <summary>Encodes <paramref name="command"/> straight into the connection's buffer and sends it.</summary>
    public ValueTask<FlushResult> WriteAsync(OdetteCommand command, ProtocolLevel level = ProtocolLevel.Revision20, CancellationToken cancellationToken = default)
    {
        var length = CommandEncoder.GetEncodedLength(command, level);
        CheckSize(length);
        var target = _output.GetSpan(StreamTransmissionHeader.Size + length);
        StreamTransmissionHeader.Write(target, length);
        CommandEncoder.Encode(command, target[StreamTransmissionHeader.Size..], level);
        _output.Advance(StreamTransmissionHeader.Size + length);
        return _output.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsOutput)
        {
            await _output.CompleteAsync().ConfigureAwait(false);
        }
    }

    private void CheckSize(int length)
    {
        if (length < 1 || length > MaximumExchangeBufferSize)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"an exchange buffer holds 1 to {MaximumExchangeBufferSize} octets here");
        }
    }
}
