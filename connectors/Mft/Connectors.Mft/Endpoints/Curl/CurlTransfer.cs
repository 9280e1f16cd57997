using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Connectors.Mft.Endpoints.Curl;

/// <summary>
/// One libcurl operation on a dedicated thread (curl_easy_perform blocks until the operation ends). Received
/// bytes go into a pipe the caller reads at its own pace, and bytes to send are pulled from the caller's
/// stream, so no file is ever held in memory. Cancellation is checked by libcurl's progress callback.
/// </summary>
internal sealed class CurlTransfer
{
    /// <summary>CURL_READFUNC_ABORT: tells libcurl to stop an upload at once.</summary>
    private const nuint ReadAbort = 0x10000000;

    private const int ReadChunk = 64 * 1024;

    private readonly PipeWriter? _sink;
    private readonly Stream? _source;
    private readonly byte[]? _readBuffer;
    private volatile bool _stopped;

    public CurlTransfer(CancellationToken cancellation, PipeWriter? sink = null, Stream? source = null)
    {
        Cancellation = cancellation;
        _sink = sink;
        _source = source;
        _readBuffer = source is null ? null : new byte[ReadChunk];
    }

    public CancellationToken Cancellation { get; }

    /// <summary>Whether the operation was told to end early, by its token or by <see cref="Stop"/>.</summary>
    public bool Stopping => _stopped || Cancellation.IsCancellationRequested;

    /// <summary>What went wrong inside a callback (the caller's stream failed, or the operation was cancelled).</summary>
    public Exception? CallbackFailure { get; private set; }

    /// <summary>The caller's stream of an upload was read to its end.</summary>
    public bool SourceEnded { get; private set; }

    /// <summary>The reader of a download stopped reading (disposed its stream) before the end.</summary>
    public bool ReaderLeft { get; private set; }

    /// <summary>Ends the operation at libcurl's next progress check (within about a second).</summary>
    public void Stop() => _stopped = true;

    public static Task<CurlOutcome> RunAsync(CurlHandlePool pool, CurlTransfer transfer, Action<CurlEasy> configure) =>
        Task.Factory.StartNew(() => transfer.Run(pool, configure), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private unsafe CurlOutcome Run(CurlHandlePool pool, Action<CurlEasy> configure)
    {
        var easy = pool.Rent();
        var self = GCHandle.Alloc(this);
        try
        {
            configure(easy);
            var state = GCHandle.ToIntPtr(self);

            // Signals cannot be used for timeouts from a thread of a managed process.
            easy.Set(CurlOption.NoSignal, true);
            easy.Set(CurlOption.NoProgress, false);
            easy.Set(CurlOption.XferInfoFunction, (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, long, long, long, long, int>)&OnProgress);
            easy.Set(CurlOption.XferInfoData, state);

            // Always set: without a write function libcurl would print received bytes to the process's stdout.
            easy.Set(CurlOption.WriteFunction, (IntPtr)(delegate* unmanaged[Cdecl]<byte*, nuint, nuint, IntPtr, nuint>)&OnWrite);
            easy.Set(CurlOption.WriteData, state);
            if (_source is not null)
            {
                easy.Set(CurlOption.ReadFunction, (IntPtr)(delegate* unmanaged[Cdecl]<byte*, nuint, nuint, IntPtr, nuint>)&OnRead);
                easy.Set(CurlOption.ReadData, state);
            }

            var code = easy.Perform();
            return new CurlOutcome(
                code,
                code == CurlCode.Ok ? string.Empty : easy.ErrorText(code),
                easy.InfoNumber(CurlInfo.ResponseCode),
                easy.InfoOffset(CurlInfo.ContentLengthDownloadLarge),
                easy.InfoOffset(CurlInfo.SizeUploadLarge));
        }
        finally
        {
            self.Free();
            pool.Return(easy);
        }
    }

    private static CurlTransfer From(IntPtr state) => (CurlTransfer)GCHandle.FromIntPtr(state).Target!;

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int OnProgress(IntPtr state, long downloadTotal, long downloaded, long uploadTotal, long uploaded) =>
        From(state).Stopping ? 1 : 0;

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static unsafe nuint OnWrite(byte* data, nuint size, nuint count, IntPtr state)
    {
        var length = size * count;
        return From(state).Receive(new ReadOnlySpan<byte>(data, checked((int)length))) ? length : 0;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static unsafe nuint OnRead(byte* buffer, nuint size, nuint count, IntPtr state) =>
        From(state).Send(new Span<byte>(buffer, checked((int)(size * count))));

    private bool Receive(ReadOnlySpan<byte> data)
    {
        if (_sink is null)
        {
            return true;
        }

        try
        {
            data.CopyTo(_sink.GetSpan(data.Length));
            _sink.Advance(data.Length);

            // Blocking is right here: this is libcurl's own thread, and waiting is how a slow reader slows the download.
            var flush = _sink.FlushAsync(Cancellation);
            var result = flush.IsCompleted ? flush.Result : flush.AsTask().GetAwaiter().GetResult();
            if (result.IsCompleted || result.IsCanceled)
            {
                ReaderLeft = true;
                return false;
            }

            return true;
        }
#pragma warning disable CA1031 // An exception must not cross into libcurl's stack; it is kept and rethrown by the caller.
        catch (Exception e)
#pragma warning restore CA1031
        {
            CallbackFailure = e;
            return false;
        }
    }

    private nuint Send(Span<byte> buffer)
    {
        try
        {
            var chunk = _readBuffer.AsMemory(0, Math.Min(buffer.Length, _readBuffer!.Length));
            var pending = _source!.ReadAsync(chunk, Cancellation);
            var read = pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
            chunk.Span[..read].CopyTo(buffer);
            SourceEnded |= read == 0;
            return (nuint)read;
        }
#pragma warning disable CA1031 // An exception must not cross into libcurl's stack; it is kept and rethrown by the caller.
        catch (Exception e)
#pragma warning restore CA1031
        {
            CallbackFailure = e;
            return ReadAbort;
        }
    }
}
