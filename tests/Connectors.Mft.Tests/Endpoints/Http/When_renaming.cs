using Connectors.Mft.Tests.Endpoints.RemoteFixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.Http;

public sealed class When_renaming
{
    [Fact]
    public async Task A_webdav_server_moves_the_file_itself()
    {
        await using var server = await HttpFolderServer.StartAsync(supportsMove: true);
        Directory.CreateDirectory(Path.Combine(server.Folder, "in"));
        await File.WriteAllTextAsync(Path.Combine(server.Folder, "in", "file.tmp"), "payload");
        await using var endpoint = await server.OpenAsync();

        await endpoint.RenameAsync("in/file.tmp", "done/file name.xml", overwrite: false, CancellationToken.None);

        Assert.False(File.Exists(Path.Combine(server.Folder, "in", "file.tmp")), "the old name must be gone");
        Assert.True(File.ReadAllText(Path.Combine(server.Folder, "done", "file name.xml")) == "payload", "the new name must hold the file");
        Assert.True(server.Methods.Contains("MOVE") && !server.Methods.Contains("PUT"), $"the rename must be one MOVE, but the server saw {string.Join(", ", server.Methods)}");
    }

    [Fact]
    public async Task A_server_without_webdav_gets_a_copy_and_a_delete()
    {
        await using var server = await HttpFolderServer.StartAsync(supportsMove: false);
        await File.WriteAllTextAsync(Path.Combine(server.Folder, "file.tmp"), "payload");
        await using var endpoint = await server.OpenAsync();

        await endpoint.RenameAsync("file.tmp", "file.xml", overwrite: false, CancellationToken.None);

        Assert.False(File.Exists(Path.Combine(server.Folder, "file.tmp")), "the old name must be gone");
        Assert.True(File.ReadAllText(Path.Combine(server.Folder, "file.xml")) == "payload", "the new name must hold the file");
        Assert.True(server.Methods.Contains("PUT") && server.Methods.Contains("DELETE"), $"the rename must fall back to PUT and DELETE, but the server saw {string.Join(", ", server.Methods)}");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_existing_target_is_kept_unless_overwriting_is_asked_for(bool supportsMove)
    {
        await using var server = await HttpFolderServer.StartAsync(supportsMove);
        await File.WriteAllTextAsync(Path.Combine(server.Folder, "a.txt"), "new");
        await File.WriteAllTextAsync(Path.Combine(server.Folder, "b.txt"), "old target");
        await using var endpoint = await server.OpenAsync();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => endpoint.RenameAsync("a.txt", "b.txt", overwrite: false, CancellationToken.None));
        Assert.True(error.Kind == ConnectorErrorKind.Configuration, $"renaming onto an existing file must be refused as configuration, but was {error.Kind}");
        Assert.True(File.ReadAllText(Path.Combine(server.Folder, "b.txt")) == "old target", "the refused rename must leave the target as it was");

        await endpoint.RenameAsync("a.txt", "b.txt", overwrite: true, CancellationToken.None);
        Assert.True(File.ReadAllText(Path.Combine(server.Folder, "b.txt")) == "new", "with overwriting the target must hold the renamed file");
    }
}
