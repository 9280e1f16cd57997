using Connectors.Mft.Tests.Endpoints.Fixtures;

namespace Connectors.Mft.Tests.Endpoints.Curl;

[Collection(RemoteServersCollection.Name)]
public sealed class When_deleting_a_file(RemoteServersFixture servers)
{
    [Theory]
    [MemberData(nameof(RemoteKind.All), MemberType = typeof(RemoteKind))]
    public async Task It_is_gone_and_deleting_it_again_is_no_error(string kind)
    {
        using var folder = new TestFolder();
        folder.Put("done.csv", "x"u8.ToArray());
        await using var endpoint = await servers.OpenAsync(kind, folder.Path);

        await endpoint.DeleteAsync("done.csv", CancellationToken.None);
        Assert.False(File.Exists(folder.Local("done.csv")), $"{kind}: the file is still there");

        await endpoint.DeleteAsync("done.csv", CancellationToken.None);
        Assert.True(await endpoint.SizeAsync("done.csv", CancellationToken.None) is null, $"{kind}: a deleted file still has a size");
    }
}
