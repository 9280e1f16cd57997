using System.Globalization;
using System.Security.Cryptography;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;
using Xunit.Abstractions;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// Files can be many gigabytes, so every layer streams: 256 MiB made on the fly are signed, compressed and
/// encrypted into a file on disk and unwrapped from it, while the managed heap stays far below the file's size.
/// </summary>
[Collection(nameof(HeapMeasurement))]
public sealed class When_streaming_a_large_file(ITestOutputHelper output)
{
    private const long FileLength = 256L * 1024 * 1024;
    private const long HeapLimit = 64L * 1024 * 1024;

    [Fact]
    public async Task Wrapping_and_unwrapping_256_mib_keeps_the_managed_heap_flat()
    {
        var transmittedPath = Path.Combine(Path.GetTempPath(), $"oftp2-streaming-{Guid.NewGuid():N}.cms");
        try
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var baseline = GC.GetTotalMemory(forceFullCollection: false);
            using var sampler = new HeapSampler();

            byte[] originalHash;
            EnvelopeResult wrapped;
            await using (var transmitted = new FileStream(transmittedPath, FileMode.CreateNew, FileAccess.Write))
            using (var original = new HashingStream(new GeneratedStream(FileLength), HashAlgorithmName.SHA256))
            {
                wrapped = await FileEnvelope.WrapAsync(original, transmitted, new EnvelopeOptions
                {
                    Sign = true,
                    Compress = true,
                    Encrypt = true,
                    Suite = CipherSuite.Aes256RsaSha256,
                    SignerCertificate = InteropKeys.Client,
                    RecipientCertificate = InteropKeys.ServerPublic,
                });
                originalHash = original.GetHash();
            }

            UnwrapResult unwrapped;
            byte[] unwrappedHash;
            await using (var transmitted = File.OpenRead(transmittedPath))
            using (var plain = new HashingStream(Stream.Null, HashAlgorithmName.SHA256))
            {
                unwrapped = await FileEnvelope.UnwrapAsync(transmitted, plain, new UnwrapOptions
                {
                    DecryptionCertificates = [InteropKeys.Server],
                    TrustedSignerCertificates = [InteropKeys.ClientPublic],
                    Suite = CipherSuite.Aes256RsaSha256,
                    ExpectedServices = FileServices.Signed | FileServices.Compressed | FileServices.Encrypted,
                });
                unwrappedHash = plain.GetHash();
            }

            var peak = sampler.Stop();
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"256 MiB -> {wrapped.TransmittedLength / 1048576.0:F1} MiB transmitted; heap before {baseline / 1048576.0:F1} MiB, peak {peak / 1048576.0:F1} MiB"));

            Assert.True(unwrapped.PlainLength == FileLength, $"all {FileLength} octets should come back, got {unwrapped.PlainLength}");
            Assert.True(originalHash.AsSpan().SequenceEqual(unwrappedHash), "the unwrapped file's SHA-256 should equal the generated file's");
            Assert.True(wrapped.TransmittedHash.Span.SequenceEqual(unwrapped.TransmittedHash.Span), "sender and receiver should agree on the transmitted hash");
            Assert.True(
                peak < HeapLimit,
                $"the managed heap peaked at {peak / 1048576.0:F1} MiB while streaming 256 MiB; it should stay under {HeapLimit / 1048576} MiB");
        }
        finally
        {
            File.Delete(transmittedPath);
        }
    }
}
