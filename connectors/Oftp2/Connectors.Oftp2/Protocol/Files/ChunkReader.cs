namespace Connectors.Oftp2.Protocol.Files;

/// <summary>
/// A reusable window over a payload stream, so record encoders can look at headers and record data without
/// allocating. Memory it hands out stays valid until the next <see cref="EnsureAsync"/>.
/// </summary>
internal sealed class ChunkReader
{
    private readonly Stream _stream;
    private readonly byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfStream;

    public ChunkReader(Stream stream, int size)
    {
        _stream = stream;
        _buffer = new byte[size];
    }

    public int Available => _end - _start;

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(_start, Available);

    /// <summary>Reads until at least <paramref name="count"/> octets are available; false when the stream ends first.</summary>
    public async ValueTask<bool> EnsureAsync(int count, CancellationToken cancellationToken)
    {
        if (Available >= count)
        {
            return true;
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, Available).CopyTo(_buffer);
            _end = Available;
            _start = 0;
        }

        while (Available < count && !_endOfStream)
        {
            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                _endOfStream = true;
            }

            _end += read;
        }

        return Available >= count;
    }

    /// <summary>Takes up to <paramref name="count"/> available octets.</summary>
    public ReadOnlyMemory<byte> Take(int count)
    {
        var taken = _buffer.AsMemory(_start, Math.Min(count, Available));
        _start += taken.Length;
        return taken;
    }
}
