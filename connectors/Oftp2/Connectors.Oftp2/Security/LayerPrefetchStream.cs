using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace Connectors.Oftp2.Security;

/// <summary>
/// Reads a decoded CMS layer ahead on a thread of its own, so the layers of a secured file (decrypting,
/// inflating, verifying) run side by side on the processor's cores instead of one after another on one.
/// At most <see cref="BlocksAhead"/> blocks wait, so memory stays flat. The reader gets the layer's octets
/// in order, then its end, or the layer's failure as it was raised, where it was raised; the octets are
/// also served one at a time from memory, as the CMS parsers read much of a structure.
/// </summary>
internal sealed class LayerPrefetchStream : Stream
{
    private const int BlocksAhead = 8;
    private const int BlockSize = EnvelopeWriter.ChunkSize;

    private readonly Stream _layer;
    private readonly Channel<(byte[] Block, int Length)> _blocks = Channel.CreateBounded<(byte[], int)>(new BoundedChannelOptions(BlocksAhead) { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;
    private byte[]? _block;
    private int _at;
    private int _length;
    private bool _ended;

    public LayerPrefetchStream(Stream layer)
    {
        _layer = layer;
        // A thread of its own, not one of the pool's: the pool's threads may all be waiting on layers like this one.
        _reading = Task.Factory.StartNew(ReadAhead, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty || !Available())
        {
            return 0;
        }

        var take = Math.Min(buffer.Length, _length - _at);
        _block.AsSpan(_at, take).CopyTo(buffer);
        _at += take;
        return take;
    }

    public override int ReadByte() => Available() ? _block![_at++] : -1;

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Stops the thread when the layer is left before its end (a failure further in, a cancellation).
            _stop.Cancel();
            WaitQuietly(_reading);
            Return();
            while (_blocks.Reader.TryRead(out var left))
            {
                ArrayPool<byte>.Shared.Return(left.Block);
            }

            _stop.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Whether an octet is at hand, waiting for the next block when the current one is used up.</summary>
    private bool Available()
    {
        if (_block is not null && _at < _length)
        {
            return true;
        }

        if (_ended)
        {
            return false;
        }

        Return();
        if (!_blocks.Reader.TryRead(out var next))
        {
            try
            {
                // The layers are read synchronously by the CMS parsers; waiting here is what reading means.
                next = _blocks.Reader.ReadAsync().AsTask().GetAwaiter().GetResult();
            }
            catch (ChannelClosedException)
            {
                // Closed with the layer's end, or with its failure, which is the reader's to see as it was raised.
                _ended = true;
                WaitQuietly(_reading);
                if (_reading.IsFaulted)
                {
                    ExceptionDispatchInfo.Throw(_reading.Exception!.InnerException!);
                }

                return false;
            }
        }

        (_block, _length, _at) = (next.Block, next.Length, 0);
        return true;
    }

    private static void WaitQuietly(Task task) =>
        task.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).GetAwaiter().GetResult();

    private void Return()
    {
        if (_block is not null)
        {
            ArrayPool<byte>.Shared.Return(_block);
            _block = null;
        }
    }

    private void ReadAhead()
    {
        try
        {
            while (true)
            {
                var block = ArrayPool<byte>.Shared.Rent(BlockSize);
                int read;
                try
                {
                    read = _layer.Read(block, 0, BlockSize);
                }
                catch
                {
                    ArrayPool<byte>.Shared.Return(block);
                    throw;
                }

                if (read == 0)
                {
                    ArrayPool<byte>.Shared.Return(block);
                    return;
                }

                if (!_blocks.Writer.TryWrite((block, read)))
                {
                    _blocks.Writer.WriteAsync((block, read), _stop.Token).AsTask().GetAwaiter().GetResult();
                }
            }
        }
        finally
        {
            _blocks.Writer.TryComplete();
        }
    }
}
