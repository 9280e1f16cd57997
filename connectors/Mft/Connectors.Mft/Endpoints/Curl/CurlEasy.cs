using System.Runtime.InteropServices;
using System.Text;

namespace Connectors.Mft.Endpoints.Curl;

/// <summary>
/// One easy handle with typed option setters. libcurl copies strings and blobs when they are set, but
/// keeps lists (quote commands) by pointer, so lists live until <see cref="Reset"/>.
/// </summary>
internal sealed class CurlEasy : IDisposable
{
    /// <summary>CURL_ERROR_SIZE: libcurl writes at most this many bytes of detail into the error buffer.</summary>
    private const int ErrorBufferSize = 256;

    /// <summary>CURL_BLOB_COPY: libcurl copies the blob, so it need not outlive the call.</summary>
    private const uint BlobCopy = 1;

    private readonly CurlEasyHandle _handle = CurlEasyHandle.Create();
    private readonly IntPtr _errorBuffer = Marshal.AllocHGlobal(ErrorBufferSize);
    private readonly List<IntPtr> _lists = [];
    private bool _disposed;

    public CurlEasy() => ClearErrorBuffer();

    public void Set(CurlOption option, long value) => Check(option, CurlNative.SetOptionNumber(_handle, option, checked((nint)value)));

    public void Set(CurlOption option, bool value) => Set(option, value ? 1L : 0L);

    public void SetOffset(CurlOption option, long value) => Check(option, CurlNative.SetOptionOffset(_handle, option, value));

    public void Set(CurlOption option, IntPtr value) => Check(option, CurlNative.SetOptionPointer(_handle, option, value));

    public void Set(CurlOption option, string value) => Check(option, CurlNative.SetOptionText(_handle, option, value));

    public void Set(CurlOption option, IReadOnlyList<string> lines)
    {
        var list = IntPtr.Zero;
        foreach (var line in lines)
        {
            var appended = CurlNative.SlistAppend(list, line);
            if (appended == IntPtr.Zero)
            {
                CurlNative.SlistFreeAll(list);
                throw new OutOfMemoryException("libcurl could not build a command list");
            }

            list = appended;
        }

        _lists.Add(list);
        Set(option, list);
    }

    public unsafe void SetBlob(CurlOption option, byte[] data)
    {
        fixed (byte* bytes = data)
        {
            var blob = new CurlBlob { Data = (IntPtr)bytes, Length = (nuint)data.Length, Flags = BlobCopy };
            Set(option, (IntPtr)(&blob));
        }
    }

    public CurlCode Perform()
    {
        ClearErrorBuffer();
        Set(CurlOption.ErrorBuffer, _errorBuffer);
        return CurlNative.EasyPerform(_handle);
    }

    /// <summary>libcurl's detailed message of the last failure, or its generic text for the code.</summary>
    public string ErrorText(CurlCode code)
    {
        var detail = Marshal.PtrToStringUTF8(_errorBuffer)?.Trim();
        return string.IsNullOrEmpty(detail) ? Marshal.PtrToStringUTF8(CurlNative.StrError(code)) ?? code.ToString() : detail;
    }

    public long InfoNumber(CurlInfo info) => CurlNative.GetInfoNumber(_handle, info, out var value) == CurlCode.Ok ? value : -1;

    public long InfoOffset(CurlInfo info) => CurlNative.GetInfoOffset(_handle, info, out var value) == CurlCode.Ok ? value : -1;

    /// <summary>Forgets every option but keeps the handle's open connections, so the next operation reuses them.</summary>
    public void Reset()
    {
        CurlNative.EasyReset(_handle);
        FreeLists();
        ClearErrorBuffer();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _handle.Dispose();
        FreeLists();
        Marshal.FreeHGlobal(_errorBuffer);
    }

    private static void Check(CurlOption option, CurlCode code)
    {
        if (code != CurlCode.Ok)
        {
            throw new NotSupportedException($"the system's libcurl refused option {option} ({code}); libcurl 7.85 or later with OpenSSL and libssh2 is required");
        }
    }

    private void FreeLists()
    {
        foreach (var list in _lists)
        {
            CurlNative.SlistFreeAll(list);
        }

        _lists.Clear();
    }

    private unsafe void ClearErrorBuffer() => new Span<byte>((void*)_errorBuffer, ErrorBufferSize).Clear();

    [StructLayout(LayoutKind.Sequential)]
    private struct CurlBlob
    {
        public IntPtr Data;
        public nuint Length;
        public uint Flags;
    }
}
