using Connectors.Oftp2.Security;

namespace Connectors.Oftp2.Tests.Security.Support;

/// <summary>Wraps and unwraps byte arrays, for tests that are about small files.</summary>
internal static class Envelopes
{
    public static async Task<(byte[] Transmitted, EnvelopeResult Result)> WrapAsync(byte[] plain, EnvelopeOptions options)
    {
        using var output = new MemoryStream();
        var result = await FileEnvelope.WrapAsync(new MemoryStream(plain, writable: false), output, options);
        return (output.ToArray(), result);
    }

    public static async Task<(byte[] Plain, UnwrapResult Result)> UnwrapAsync(byte[] transmitted, UnwrapOptions options)
    {
        using var output = new MemoryStream();
        var result = await FileEnvelope.UnwrapAsync(new MemoryStream(transmitted, writable: false), output, options);
        return (output.ToArray(), result);
    }
}
