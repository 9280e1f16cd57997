using System.Runtime.InteropServices;

namespace Connectors.Mft.Endpoints.Curl;

/// <summary>A libcurl easy handle, cleaned up exactly once even if its owner forgets.</summary>
internal sealed class CurlEasyHandle : SafeHandle
{
    public CurlEasyHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    public static CurlEasyHandle Create()
    {
        CurlNative.EnsureInitialized();
        var easy = new CurlEasyHandle();
        easy.SetHandle(CurlNative.EasyInit());
        return easy.IsInvalid ? throw new InvalidOperationException("libcurl could not create a handle") : easy;
    }

    protected override bool ReleaseHandle()
    {
        CurlNative.EasyCleanup(handle);
        return true;
    }
}
