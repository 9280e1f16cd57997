using System.Diagnostics;
using Connectors.Mft.Tests.Endpoints.Fixtures;

namespace Connectors.Mft.Tests.Endpoints.Curl;

[Collection(RemoteServersCollection.Name)]
public sealed class When_an_operation_is_cancelled(RemoteServersFixture servers)
{
    [Theory]
    [MemberData(nameof(RemoteKind.All), MemberType = typeof(RemoteKind))]
    public async Task An_upload_stops_within_a_second_or_two(string kind)
    {
        using var folder = new TestFolder();
        await using var endpoint = await servers.OpenAsync(kind, folder.Path);
        using var cancellation = new CancellationTokenSource();

        var upload = endpoint.WriteAsync("endless.bin", new GeneratedContent(long.MaxValue), 0, cancellation.Token);
        await Task.Delay(500);
        var clock = Stopwatch.StartNew();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => upload);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"{kind}: the upload took {clock.Elapsed} to stop");

        var files = await endpoint.ListAsync(string.Empty, new Mft.Endpoints.FileFilter("*"), CancellationToken.None);
        Assert.True(files.Count <= 1, $"{kind}: the endpoint is not usable after a cancelled upload");
    }
}
