using System.Buffers;
using System.Threading.Channels;

namespace Connectors.Oftp2.Security;

/// <summary>
/// Hands what is written to it to another thread, which writes it on into the next CMS layer, so the layers
/// of a secured file (signing, compressing, encrypting) run side by side on the processor's cores instead
/// of one after another on one. At most <see cref="BlocksInFlight"/> blocks wait, so memory stays flat; a
/// writer that gets ahead waits. A failure of the next layer is thrown to the writer at its next write or
/// when it closes.
/// </summary>
internal sealed class LayerHandOffStream : Stream
{
    private const int BlocksInFlight = 8;

    private readonly Stream _next;
    private readonly Channel<(byte[] Block, int Length)> _blocks = Channel.CreateBounded<(byte[], int)>(new BoundedChannelOptions(BlocksInFlight) { SingleReader = true, SingleWriter = true });
    private readonly Task _writing;
    private bool _closed;
    private volatile bool _abandoned;

    public LayerHandOffStream(Stream next)
    {
        _next = next;
        // A thread of its own, not one of the pool's: the pool's threads may all be waiting on layers like this one.
        _writing = Task.Factory.StartNew(WriteOn, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return;
        }

        var block = ArrayPool<byte>.Shared.Rent(buffer.Length);
        buffer.CopyTo(block);

        // The layers above write synchronously; waiting here is what keeps the writer from getting ahead.
        if (!_blocks.Writer.TryWrite((block, buffer.Length)))
        {
            try
            {
                _blocks.Writer.WriteAsync((block, buffer.Length)).AsTask().GetAwaiter().GetResult();
            }
            catch (ChannelClosedException)
            {
                // Closed by the other thread's failure: waiting for it gives that failure, as it was.
                ArrayPool<byte>.Shared.Return(block);
                _writing.GetAwaiter().GetResult();
                throw new ObjectDisposedException(nameof(LayerHandOffStream), "the layer was closed");
            }
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Lets the other thread end without closing the next layer, when the file will not be finished.</summary>
    public void Abandon()
    {
        _closed = true;
        _abandoned = true;
        _blocks.Writer.TryComplete();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_closed)
        {
            _closed = true;
            _blocks.Writer.TryComplete();

            // Everything written so far reaches the next layer before it is closed; its failure is this one's.
            _writing.GetAwaiter().GetResult();
        }

        base.Dispose(disposing);
    }

    private void WriteOn()
    {
        try
        {
            while (_blocks.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                if (!_blocks.Reader.TryRead(out var next))
                {
                    continue;
                }

                var (block, length) = next;
                try
                {
                    if (!_abandoned)
                    {
                        _next.Write(block, 0, length);
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(block);
                }
            }
        }
        catch
        {
            // The writer learns of it at its next write: nothing more is taken.
            _blocks.Writer.TryComplete();
            while (_blocks.Reader.TryRead(out var left))
            {
                ArrayPool<byte>.Shared.Return(left.Block);
            }

            throw;
        }
    }
}
