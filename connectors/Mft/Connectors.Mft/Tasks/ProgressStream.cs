using System.Diagnostics;

namespace Connectors.Mft.Tasks;

/// <summary>
/// A read-only view of a local file that reports how far it has been read (at most once a second, so the
/// checkpoint store is not hammered) and holds reading to a bandwidth limit. It tells its length, what is
/// left of the file, so an endpoint can announce it, but cannot seek. The file is read in the calling
/// thread: on Linux an asynchronous read of a file is a blocking read handed to another thread of the
/// pool, so reading in place saves a hand-off for every block and leaves the pool to the sends.
/// </summary>
internal sealed class ProgressStream(FileStream inner, long length, long maxBytesPerSecond, Func<long, CancellationToken, Task> progress) : Stream
{
    private static readonly TimeSpan ReportInterval = TimeSpan.FromSeconds(1);
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private TimeSpan _lastReport;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (maxBytesPerSecond > 0)
        {
            // Small reads keep a throttled copy smooth instead of bursting a megabyte at a time.
            buffer = buffer[..(int)Math.Min(buffer.Length, Math.Max(4096, maxBytesPerSecond / 20))];
        }

        cancellationToken.ThrowIfCancellationRequested();
        var read = inner.Read(buffer.Span);
        BytesRead += read;
        if (maxBytesPerSecond > 0)
        {
            var due = TimeSpan.FromSeconds((double)BytesRead / maxBytesPerSecond) - _elapsed.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken).ConfigureAwait(false);
            }
        }

        if (_elapsed.Elapsed - _lastReport >= ReportInterval)
        {
            _lastReport = _elapsed.Elapsed;
            await progress(BytesRead, cancellationToken).ConfigureAwait(false);
        }

        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

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
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
