using Connectors.Mft.Tests.Endpoints.RemoteFixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.Http;

public sealed class When_writing_at_an_offset
{
    [Fact]
    public async Task The_endpoint_says_it_cannot_resume_and_refuses_the_write()
    {
        await using var server = await HttpFolderServer.StartAsync();
        await using var endpoint = await server.OpenAsync();
        Assert.False(endpoint.CanResume, "a PUT replaces the whole file, so the endpoint must not offer resuming");

        await using var content = new MemoryStream([1, 2, 3]);
        var error = await Assert.ThrowsAsync<ConnectorException>(() => endpoint.WriteAsync("partial.bin", content, 10, CancellationToken.None));

        Assert.True(error.Kind == ConnectorErrorKind.Configuration, $"a write at an offset must be a configuration error, but was {error.Kind}");
        Assert.False(File.Exists(Path.Combine(server.Folder, "partial.bin")), "nothing must be written");
    }
}
