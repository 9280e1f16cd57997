using System.Text;

namespace Connectors.SamplePlugin.Protocol;

/// <summary>
/// Reads the protocol's lines and the raw payload bytes that follow them through one buffer, so bytes
/// read ahead while looking for a line's end are not lost to the payload after it.
/// </summary>
public sealed class ProtocolReader(Stream stream)
{
    /// <summary>Longest line accepted; a partner sending more is not speaking this protocol.</summary>
    public const int MaxLineLength = 1024;

    private readonly byte[] _buffer = new byte[8192];
    private int _start;
    private int _end;

    /// <summary>The next line without its line end; null when the stream ends between lines.</summary>
    /// <exception cref="InvalidDataException">The line is too long.</exception>
    /// <exception cref="EndOfStreamException">The stream ended in the middle of a line.</exception>
    public async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var scanned = 0;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start + scanned, _end - _start - scanned);
            if (newline >= 0)
            {
                var line = Encoding.UTF8.GetString(_buffer, _start, newline - _start).TrimEnd('\r');
                _start = newline + 1;
                return line;
            }

            scanned = _end - _start;
            if (scanned > MaxLineLength)
            {
                throw new InvalidDataException($"a line is longer than {MaxLineLength} bytes");
            }

            Compact();
            var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return _end == _start ? null : throw new EndOfStreamException("the connection closed in the middle of a line");
            }

            _end += read;
        }
    }

    /// <summary>Reads raw bytes: first those already buffered, then from the stream.</summary>
    public async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        if (_end > _start)
        {
            var count = Math.Min(destination.Length, _end - _start);
            _buffer.AsMemory(_start, count).CopyTo(destination);
            _start += count;
            return count;
        }

        return await stream.ReadAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    private void Compact()
    {
        if (_start == 0)
        {
            return;
        }

        Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
        _end -= _start;
        _start = 0;
    }
}
