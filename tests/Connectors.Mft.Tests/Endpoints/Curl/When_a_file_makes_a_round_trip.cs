using Connectors.Mft.Tests.Endpoints.Fixtures;

namespace Connectors.Mft.Tests.Endpoints.Curl;

[Collection(RemoteServersCollection.Name)]
public sealed class When_a_file_makes_a_round_trip(RemoteServersFixture servers)
{
    [Theory]
    [MemberData(nameof(RemoteKind.All), MemberType = typeof(RemoteKind))]
    public async Task It_arrives_and_comes_back_byte_identical(string kind)
    {
        using var folder = new TestFolder();
        var content = TestContent.Random((3 * 1024 * 1024) + 17);
        await using var endpoint = await servers.OpenAsync(kind, folder.Path);

        var size = await endpoint.WriteAsync("in/payload.bin", new MemoryStream(content), 0, CancellationToken.None);
        Assert.True(size == content.Length, $"{kind}: the write reported {size} bytes, not {content.Length}");
        Assert.True(File.ReadAllBytes(folder.Local("in/payload.bin")).AsSpan().SequenceEqual(content), $"{kind}: the file on the server differs from what was sent");

        await using var read = await endpoint.OpenReadAsync("in/payload.bin", 0, CancellationToken.None);
        var back = await TestContent.ReadAllAsync(read);
        Assert.True(back.AsSpan().SequenceEqual(content), $"{kind}: the download ({back.Length} bytes) differs from the upload ({content.Length} bytes)");
        Assert.True(await endpoint.SizeAsync("in/payload.bin", CancellationToken.None) == content.Length, $"{kind}: the size differs from what was sent");
    }
}
