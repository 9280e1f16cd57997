using System.Security.Cryptography;
using Connectors.Mft.Tests.Endpoints.Fixtures;

namespace Connectors.Mft.Tests.Endpoints.Curl;

[Collection(HeapMeasurementCollection.Name)]
public sealed class When_a_large_file_is_transferred(RemoteServersFixture servers)
{
    private const long Length = 200L * 1024 * 1024;

    /// <summary>Far below the file's size: what a pipe, a few buffers and the test's own objects may take.</summary>
    private const long MemoryAllowance = 48L * 1024 * 1024;

    [Theory]
    [InlineData(RemoteKind.Ftp)]
    [InlineData(RemoteKind.Sftp)]
    public async Task It_streams_both_ways_within_modest_memory(string kind)
    {
        using var folder = new TestFolder();
        await using var endpoint = await servers.OpenAsync(kind, folder.Path);
        var baseline = LiveHeap();
        var peak = baseline;
        var lastSample = DateTime.UtcNow;
        void Watch()
        {
            // What the transfer holds, not the garbage it has left for the collector: sampled a few times a second.
            if (DateTime.UtcNow - lastSample > TimeSpan.FromMilliseconds(100))
            {
                lastSample = DateTime.UtcNow;
                peak = Math.Max(peak, LiveHeap());
            }
        }

        using var upload = new GeneratedContent(Length) { OnProgress = Watch };
        var written = await endpoint.WriteAsync("large.bin", upload, 0, CancellationToken.None);
        Assert.True(written == Length, $"{kind}: the write reported {written} bytes, not {Length}");

        using var download = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var read = await endpoint.OpenReadAsync("large.bin", 0, CancellationToken.None))
        {
            var buffer = new byte[81920];
            int count;
            while ((count = await read.ReadAsync(buffer)) > 0)
            {
                download.AppendData(buffer, 0, count);
                Watch();
            }
        }

        Assert.True(download.GetCurrentHash().AsSpan().SequenceEqual(upload.Hash()), $"{kind}: the downloaded file differs from the uploaded one");
        Assert.True(peak - baseline < MemoryAllowance, $"{kind}: the managed heap grew by {(peak - baseline) / (1024 * 1024)} MB while moving {Length / (1024 * 1024)} MB");
    }

    private static long LiveHeap() => GC.GetTotalMemory(forceFullCollection: true);
}
