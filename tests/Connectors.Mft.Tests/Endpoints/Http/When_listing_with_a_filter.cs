using Connectors.Mft.Endpoints;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;

namespace Connectors.Mft.Tests.Endpoints.Http;

public sealed class When_listing_with_a_filter
{
    [Fact]
    public async Task Only_matching_files_of_that_folder_are_listed()
    {
        await using var server = await HttpFolderServer.StartAsync();
        foreach (var path in new[] { "in/INV_0001.xml", "in/INV_0002.xml", "in/notes.txt", "in/archive/INV_0000.xml", "other/INV_0003.xml" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(server.Folder, path))!);
            await File.WriteAllTextAsync(Path.Combine(server.Folder, path), "<invoice/>");
        }

        await using var endpoint = await server.OpenAsync();
        var files = await endpoint.ListAsync("in", new FileFilter("INV_*.xml"), CancellationToken.None);

        Assert.True(
            files.Select(f => f.Path).Order(StringComparer.Ordinal).SequenceEqual(["in/INV_0001.xml", "in/INV_0002.xml"]),
            $"the listing must hold the two matching files of 'in' and no sub-folder or other folder, but held: {string.Join(", ", files.Select(f => f.Path))}");
        Assert.True(files.All(f => f.Size == "<invoice/>".Length), "every listed file must report the size from the index");
        Assert.True(files.All(f => f.Modified is not null), "every listed file must report the time from the index");
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_is_a_clear_not_found()
    {
        await using var server = await HttpFolderServer.StartAsync();
        await using var endpoint = await server.OpenAsync();

        var error = await Assert.ThrowsAsync<Connectors.Sdk.Errors.ConnectorException>(() => endpoint.ListAsync("missing", new FileFilter("*"), CancellationToken.None));

        Assert.True(error.Kind == Connectors.Sdk.Errors.ConnectorErrorKind.Configuration, $"a missing folder must be a configuration error, but was {error.Kind}");
        Assert.True(error.Message.Contains("not found", StringComparison.Ordinal), $"the message must say not found: {error.Message}");
    }
}
