using System.Runtime.InteropServices;

namespace Connectors.Mft.Endpoints.Curl;

/// <summary>
/// The few libcurl entry points the endpoints need, from the system's libcurl. <c>curl_easy_setopt</c> and
/// <c>curl_easy_getinfo</c> are variadic; on the 64-bit System V ABI a single integer or pointer argument is
/// passed the same way as to a fixed-argument function, so they are declared once per argument type.
/// </summary>
internal static partial class CurlNative
{
    private const string Library = "libcurl.so.4";

    /// <summary>CURL_GLOBAL_DEFAULT: initialise TLS and the platform's sockets.</summary>
    private const long GlobalDefault = 3;

    private static readonly Lock GlobalLock = new();
    private static CurlCode? _globalInit;

    /// <summary>curl_global_init is not thread-safe, so it runs once, under a lock, before the first handle.</summary>
    internal static void EnsureInitialized()
    {
        lock (GlobalLock)
        {
            _globalInit ??= GlobalInit(GlobalDefault);
            if (_globalInit != CurlCode.Ok)
            {
                throw new InvalidOperationException($"libcurl failed to initialise ({_globalInit})");
            }
        }
    }

    [LibraryImport(Library, EntryPoint = "curl_global_init")]
    private static partial CurlCode GlobalInit(long flags);

    [LibraryImport(Library, EntryPoint = "curl_easy_init")]
    internal static partial IntPtr EasyInit();

    [LibraryImport(Library, EntryPoint = "curl_easy_cleanup")]
    internal static partial void EasyCleanup(IntPtr handle);

    [LibraryImport(Library, EntryPoint = "curl_easy_reset")]
    internal static partial void EasyReset(CurlEasyHandle handle);

    [LibraryImport(Library, EntryPoint = "curl_easy_perform")]
    internal static partial CurlCode EasyPerform(CurlEasyHandle handle);

    [LibraryImport(Library, EntryPoint = "curl_easy_setopt")]
    internal static partial CurlCode SetOptionNumber(CurlEasyHandle handle, CurlOption option, nint value);

    [LibraryImport(Library, EntryPoint = "curl_easy_setopt")]
    internal static partial CurlCode SetOptionOffset(CurlEasyHandle handle, CurlOption option, long value);

    [LibraryImport(Library, EntryPoint = "curl_easy_setopt")]
    internal static partial CurlCode SetOptionPointer(CurlEasyHandle handle, CurlOption option, IntPtr value);

    [LibraryImport(Library, EntryPoint = "curl_easy_setopt", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial CurlCode SetOptionText(CurlEasyHandle handle, CurlOption option, string value);

    [LibraryImport(Library, EntryPoint = "curl_easy_getinfo")]
    internal static partial CurlCode GetInfoNumber(CurlEasyHandle handle, CurlInfo info, out nint value);

    [LibraryImport(Library, EntryPoint = "curl_easy_getinfo")]
    internal static partial CurlCode GetInfoOffset(CurlEasyHandle handle, CurlInfo info, out long value);

    [LibraryImport(Library, EntryPoint = "curl_easy_strerror")]
    internal static partial IntPtr StrError(CurlCode code);

    [LibraryImport(Library, EntryPoint = "curl_slist_append", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr SlistAppend(IntPtr list, string value);

    [LibraryImport(Library, EntryPoint = "curl_slist_free_all")]
    internal static partial void SlistFreeAll(IntPtr list);
}
