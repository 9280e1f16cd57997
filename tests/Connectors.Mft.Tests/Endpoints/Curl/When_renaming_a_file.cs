using Connectors.Mft.Tests.Endpoints.Fixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.Curl;

[Collection(RemoteServersCollection.Name)]
public sealed class When_renaming_a_file(RemoteServersFixture servers)
{
    [Theory]
    [MemberData(nameof(RemoteKind.All), MemberType = typeof(RemoteKind))]
    public async Task It_takes_the_new_name(string kind)
    {
        using var folder = new TestFolder();
        folder.Put("upload.tmp", "content"u8.ToArray());
        await using var endpoint = await servers.OpenAsync(kind, folder.Path);

        await endpoint.RenameAsync("upload.tmp", "final name.xml", overwrite: false, CancellationToken.None);

        Assert.False(File.Exists(folder.Local("upload.tmp")), $"{kind}: the old name is still there");
        Assert.True(File.ReadAllText(folder.Local("final name.xml")) == "content", $"{kind}: the new name does not hold the content");
    }

    [Theory]
    [MemberData(nameof(RemoteKind.All), MemberType = typeof(RemoteKind))]
    public async Task An_existing_target_is_replaced_only_when_asked(string kind)
    {
        using var folder = new TestFolder();
        folder.Put("upload.tmp", "new"u8.ToArray());
        folder.Put("final.xml", "old"u8.ToArray());
        await using var endpoint = await servers.OpenAsync(kind, folder.Path);

        var refused = await Assert.ThrowsAsync<ConnectorException>(() => endpoint.RenameAsync("upload.tmp", "final.xml", overwrite: false, CancellationToken.None));
        Assert.True(File.ReadAllText(folder.Local("final.xml")) == "old", $"{kind}: the target changed although replacing was not asked for ({refused.Message})");

        await endpoint.RenameAsync("upload.tmp", "final.xml", overwrite: true, CancellationToken.None);
        Assert.True(File.ReadAllText(folder.Local("final.xml")) == "new", $"{kind}: the target was not replaced");
    }
}
