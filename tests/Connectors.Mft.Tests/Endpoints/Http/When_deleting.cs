using Connectors.Mft.Tests.Endpoints.RemoteFixtures;

namespace Connectors.Mft.Tests.Endpoints.Http;

public sealed class When_deleting
{
    [Fact]
    public async Task The_file_is_gone_and_deleting_it_again_is_no_error()
    {
        await using var server = await HttpFolderServer.StartAsync();
        await File.WriteAllTextAsync(Path.Combine(server.Folder, "old.txt"), "x");
        await using var endpoint = await server.OpenAsync();

        await endpoint.DeleteAsync("old.txt", CancellationToken.None);
        Assert.False(File.Exists(Path.Combine(server.Folder, "old.txt")), "the deleted file must be gone from the server");

        var again = await Record.ExceptionAsync(() => endpoint.DeleteAsync("old.txt", CancellationToken.None));
        Assert.True(again is null, $"deleting a file already gone must not fail, but threw {again}");
    }
}
