using System.Runtime.CompilerServices;
using Connectors.Oftp2.Protocol.Framing;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// Cuts the incoming TCP byte stream into exchange buffers (RFC 5024 §8.2) inside one reused array: a buffer that
/// arrived whole is handed out in place, so the DATA path neither copies nor allocates. The array holds more than
/// one stream transmission buffer, so one socket read usually brings several.
/// </summary>
internal sealed class ExchangeBufferReader
{
    private const int Capacity = 2 * StreamTransmissionHeader.MaximumLength;

    private readonly Stream _transport;
    private readonly byte[] _buffer = new byte[Capacity];
    private int _start;
    private int _end;

    public ExchangeBufferReader(Stream transport)
    {
        _transport = transport;
    }

    /// <summary>
    /// Takes the next exchange buffer if it is already here; it stays valid until the next call to this reader.
    /// A header §8.2 does not allow raises <see cref="OdetteProtocolException"/> (ESID 02 or 07) before its octets are read.
    /// </summary>
    public bool TryTake(out ReadOnlyMemory<byte> exchangeBuffer)
    {
        exchangeBuffer = default;
        var available = _end - _start;
        if (available < StreamTransmissionHeader.Size)
        {
            return false;
        }

        var header = StreamTransmissionHeader.Read(_buffer.AsSpan(_start));
        // Framing allows any command up to 99999 octets; the negotiated SSIDSDEB bounds DATA only, since an SFID
        // (165 octets and more) may exceed the smallest SSIDSDEB of 128. The session checks DATA itself.
        header.Validate(StreamTransmissionHeader.MaximumExchangeBufferSize);
        if (available < header.Length)
        {
            return false;
        }

        exchangeBuffer = _buffer.AsMemory(_start + StreamTransmissionHeader.Size, header.ExchangeBufferLength);
        _start += header.Length;
        return true;
    }

    /// <summary>
    /// Reads more octets from the connection. False when the partner closed it between two buffers; a close in
    /// the middle of one raises <see cref="OdetteConnectionLostException"/>.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        MakeRoom();
        var read = await _transport.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read > 0)
        {
            _end += read;
            return true;
        }

        if (_end == _start)
        {
            return false;
        }

        throw new OdetteConnectionLostException($"the connection closed {_end - _start} octets into a stream transmission buffer");
    }

    // Moves a partial buffer to the front only when a whole one might not fit behind it, so the copy is rare.
    private void MakeRoom()
    {
        if (_start == _end)
        {
            _start = _end = 0;
            return;
        }

        if (Capacity - _start >= StreamTransmissionHeader.MaximumLength)
        {
            return;
        }

        _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
        _end -= _start;
        _start = 0;
    }
}
