using System.Diagnostics;
using Connectors.Mft.Endpoints.Http;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.Http;

public sealed class When_the_server_stalls
{
    [Fact]
    public async Task A_download_gives_up_after_the_response_timeout()
    {
        await using var server = await HttpFolderServer.StartAsync();
        await File.WriteAllBytesAsync(Path.Combine(server.Folder, "big.bin"), new byte[1024 * 1024]);
        var profile = server.Profile() with { Network = new() { ConnectTimeoutSeconds = 5, ResponseTimeoutSeconds = 1 } };
        await using var endpoint = await new HttpEndpointOpener().OpenAsync("partner-http", profile, CancellationToken.None);
        server.StallDownloads = true;

        await using var download = await endpoint.OpenReadAsync("big.bin", 0, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        var error = await Record.ExceptionAsync(() => download.CopyToAsync(Stream.Null));

        Assert.True(error is ConnectorException { Kind: ConnectorErrorKind.Timeout }, $"a stalled download must fail as a timeout, but gave {error?.GetType().Name ?? "success"}: {error?.Message}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the download must give up about the response timeout after the last data, but took {clock.Elapsed}");
    }
}
