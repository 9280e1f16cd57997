using Connectors.Mft.Endpoints;
using Connectors.Mft.Tests.Endpoints.Fixtures;

namespace Connectors.Mft.Tests.Endpoints.Curl;

[Collection(RemoteServersCollection.Name)]
public sealed class When_listing_a_folder_with_a_filter(RemoteServersFixture servers)
{
    [Theory]
    [MemberData(nameof(RemoteKind.All), MemberType = typeof(RemoteKind))]
    public async Task Only_matching_files_of_that_folder_are_listed(string kind)
    {
        using var folder = new TestFolder();
        folder.Put("out/INV_0001.csv", TestContent.Random(10));
        folder.Put("out/order 7.xml", TestContent.Random(2000));
        folder.Put("out/readme.txt", TestContent.Random(5));
        folder.Put("out/archive/INV_0002.csv", TestContent.Random(3));
        await using var endpoint = await servers.OpenAsync(kind, folder.Path);

        var files = await endpoint.ListAsync("out", new FileFilter("*.xml|INV_????.csv"), CancellationToken.None);

        var listed = string.Join(", ", files.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.True(listed == "out/INV_0001.csv, out/order 7.xml", $"{kind}: listed {listed}");
        var order = files.Single(f => f.Name == "order 7.xml");
        Assert.True(order.Size == 2000, $"{kind}: 'order 7.xml' listed with {order.Size} bytes, not 2000");
        Assert.True(
            order.Modified is { } modified && Math.Abs((modified - DateTimeOffset.UtcNow).TotalMinutes) < 5,
            $"{kind}: 'order 7.xml' listed as modified at {order.Modified}, not about now");
    }

    [Theory]
    [MemberData(nameof(RemoteKind.All), MemberType = typeof(RemoteKind))]
    public async Task The_root_itself_is_listed_by_an_empty_path(string kind)
    {
        using var folder = new TestFolder();
        folder.Put("a.txt", TestContent.Random(1));
        await using var endpoint = await servers.OpenAsync(kind, folder.Path);

        var files = await endpoint.ListAsync(string.Empty, new FileFilter("*"), CancellationToken.None);

        Assert.True(files.Count == 1 && files[0].Path == "a.txt", $"{kind}: listed {string.Join(", ", files.Select(f => f.Path))}");
    }
}
