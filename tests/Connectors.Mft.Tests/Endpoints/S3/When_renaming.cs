using Connectors.Sdk.Errors;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;

namespace Connectors.Mft.Tests.Endpoints.S3;

[Collection(S3rverCollection.Name)]
public sealed class When_renaming(S3rverProcess s3)
{
    [Fact]
    public async Task The_file_moves_to_its_new_name()
    {
        await using var endpoint = await s3.OpenFreshAsync();
        await using (var content = new MemoryStream("payload"u8.ToArray()))
        {
            await endpoint.WriteAsync("in/file.tmp", content, 0, CancellationToken.None);
        }

        await endpoint.RenameAsync("in/file.tmp", "done/file.xml", overwrite: false, CancellationToken.None);

        Assert.True(await endpoint.SizeAsync("in/file.tmp", CancellationToken.None) is null, "the old name must be gone after the rename");
        Assert.True(await endpoint.SizeAsync("done/file.xml", CancellationToken.None) == "payload".Length, "the new name must hold the file");
    }

    [Fact]
    public async Task An_existing_target_is_kept_unless_overwriting_is_asked_for()
    {
        await using var endpoint = await s3.OpenFreshAsync();
        foreach (var (path, text) in new[] { ("a.txt", "new"), ("b.txt", "old target") })
        {
            await using var content = new MemoryStream(System.Text.Encoding.ASCII.GetBytes(text));
            await endpoint.WriteAsync(path, content, 0, CancellationToken.None);
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => endpoint.RenameAsync("a.txt", "b.txt", overwrite: false, CancellationToken.None));
        Assert.True(error.Kind == ConnectorErrorKind.Configuration, $"renaming onto an existing file must be refused as configuration, but was {error.Kind}");
        Assert.True(await endpoint.SizeAsync("b.txt", CancellationToken.None) == "old target".Length, "the refused rename must leave the target as it was");

        await endpoint.RenameAsync("a.txt", "b.txt", overwrite: true, CancellationToken.None);
        Assert.True(await endpoint.SizeAsync("b.txt", CancellationToken.None) == "new".Length, "with overwriting the target must hold the renamed file");
    }
}
