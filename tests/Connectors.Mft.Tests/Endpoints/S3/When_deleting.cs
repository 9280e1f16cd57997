using Connectors.Mft.Tests.Endpoints.RemoteFixtures;

namespace Connectors.Mft.Tests.Endpoints.S3;

[Collection(S3rverCollection.Name)]
public sealed class When_deleting(S3rverProcess s3)
{
    [Fact]
    public async Task The_file_is_gone_and_deleting_it_again_is_no_error()
    {
        await using var endpoint = await s3.OpenFreshAsync();
        await using (var content = new MemoryStream("x"u8.ToArray()))
        {
            await endpoint.WriteAsync("old.txt", content, 0, CancellationToken.None);
        }

        await endpoint.DeleteAsync("old.txt", CancellationToken.None);
        Assert.True(await endpoint.SizeAsync("old.txt", CancellationToken.None) is null, "the deleted file must be gone");

        var again = await Record.ExceptionAsync(() => endpoint.DeleteAsync("old.txt", CancellationToken.None));
        Assert.True(again is null, $"deleting a file already gone must not fail, but threw {again}");
    }
}
