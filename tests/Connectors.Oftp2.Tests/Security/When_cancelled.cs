using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>Wrapping and unwrapping stop when cancelled, even over streams that ignore the token.</summary>
public sealed class When_cancelled
{
    [Fact]
    public async Task Wrapping_stops()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Expect.FailureAsync<OperationCanceledException>(
            () => FileEnvelope.WrapAsync(new GeneratedStream(1024 * 1024), Stream.Null, new EnvelopeOptions { Compress = true }, cancellation.Token),
            "a cancelled wrap should stop");
    }

    [Fact]
    public async Task Unwrapping_stops()
    {
        var (transmitted, _) = await Envelopes.WrapAsync(new byte[100_000], new EnvelopeOptions { Compress = true, Suite = CipherSuite.Aes256RsaSha256 });
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Expect.FailureAsync<OperationCanceledException>(
            () => FileEnvelope.UnwrapAsync(new MemoryStream(transmitted), Stream.Null, new UnwrapOptions(), cancellation.Token),
            "a cancelled unwrap should stop");
    }
}
