using System.Buffers;
using System.Runtime.CompilerServices;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// The <see cref="IBufferWriter{T}"/> that <see cref="Files.VirtualFileDecoder"/> writes into, over the Stream the
/// application gave for a file. Decoding is synchronous, so octets gather in one reused array and go to the Stream
/// asynchronously between DATA buffers, in large writes.
/// </summary>
internal sealed class StreamBufferWriter : IBufferWriter<byte>
{
    /// <summary>Octets gathered before they are written out; a DATA buffer of 99999 octets fits beside them.</summary>
    public const int WriteThreshold = 128 * 1024;

    private byte[] _buffer = new byte[2 * WriteThreshold];
    private int _length;
    private Stream? _target;

    /// <summary>Octets gathered and not yet written to the Stream.</summary>
    public int Pending => _length;

    /// <summary>Directs the octets to <paramref name="target"/>, for one file.</summary>
    public void Attach(Stream target)
    {
        _target = target;
        _length = 0;
    }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _length);
        _length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        EnsureRoom(sizeHint);
        return _buffer.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        EnsureRoom(sizeHint);
        return _buffer.AsSpan(_length);
    }

    /// <summary>Writes what gathered once it passes <see cref="WriteThreshold"/>.</summary>
    public ValueTask WriteIfFullAsync(CancellationToken cancellationToken) =>
        _length >= WriteThreshold ? WriteAsync(cancellationToken) : ValueTask.CompletedTask;

    /// <summary>Writes everything gathered to the Stream.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask WriteAsync(CancellationToken cancellationToken)
    {
        if (_length == 0 || _target is null)
        {
            return;
        }

        var length = _length;
        _length = 0;
        await _target.WriteAsync(_buffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
    }

    // A compressed subrecord stands for up to 63 octets in two, so one DATA buffer may outgrow the array: it then
    // grows, and the larger array serves the rest of the session.
    private void EnsureRoom(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _length >= needed)
        {
            return;
        }

        var grown = new byte[Math.Max(_buffer.Length * 2, _length + needed)];
        _buffer.AsSpan(0, _length).CopyTo(grown);
        _buffer = grown;
    }
}
