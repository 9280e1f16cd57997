using Connectors.Mft.Endpoints;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;

namespace Connectors.Mft.Tests.Endpoints.S3;

[Collection(S3rverCollection.Name)]
public sealed class When_listing_with_a_filter(S3rverProcess s3)
{
    [Fact]
    public async Task Only_matching_files_of_that_folder_are_listed()
    {
        await using var endpoint = await s3.OpenFreshAsync();
        foreach (var path in new[] { "in/INV_0001.xml", "in/INV_0002.xml", "in/notes.txt", "in/archive/INV_0000.xml", "other/INV_0003.xml" })
        {
            await using var content = new MemoryStream("<invoice/>"u8.ToArray());
            await endpoint.WriteAsync(path, content, 0, CancellationToken.None);
        }

        var files = await endpoint.ListAsync("in", new FileFilter("INV_*.xml"), CancellationToken.None);

        Assert.True(
            files.Select(f => f.Path).Order(StringComparer.Ordinal).SequenceEqual(["in/INV_0001.xml", "in/INV_0002.xml"]),
            $"the listing must hold the two matching files of 'in' and nothing deeper or elsewhere, but held: {string.Join(", ", files.Select(f => f.Path))}");
        Assert.True(files.All(f => f.Size == "<invoice/>".Length), "every listed file must report its size");
        Assert.True(files.All(f => f.Name == f.Path["in/".Length..]), "a listed file's name must be its path's last part");
        Assert.True(files.All(f => f.Modified is not null), "every listed file must report when it was modified");
    }
}
