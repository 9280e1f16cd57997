using Connectors.Mft.Tests.Endpoints.Fixtures;

namespace Connectors.Mft.Tests.Endpoints.Curl;

[Collection(RemoteServersCollection.Name)]
public sealed class When_resuming_a_download(RemoteServersFixture servers)
{
    [Theory]
    [MemberData(nameof(RemoteKind.All), MemberType = typeof(RemoteKind))]
    public async Task Only_the_bytes_from_the_offset_on_are_read(string kind)
    {
        using var folder = new TestFolder();
        var content = TestContent.Random(700_000);
        folder.Put("big.bin", content);
        await using var endpoint = await servers.OpenAsync(kind, folder.Path);

        await using var read = await endpoint.OpenReadAsync("big.bin", 123_456, CancellationToken.None);
        var rest = await TestContent.ReadAllAsync(read);

        Assert.True(rest.AsSpan().SequenceEqual(content.AsSpan(123_456)), $"{kind}: read {rest.Length} bytes from the offset that differ from the file's last {content.Length - 123_456}");
    }

    [Theory]
    [MemberData(nameof(RemoteKind.All), MemberType = typeof(RemoteKind))]
    public async Task A_reader_that_stops_early_leaves_the_endpoint_usable(string kind)
    {
        using var folder = new TestFolder();
        folder.Put("big.bin", TestContent.Random(5_000_000));
        folder.Put("small.txt", "hello"u8.ToArray());
        await using var endpoint = await servers.OpenAsync(kind, folder.Path);

        await using (var read = await endpoint.OpenReadAsync("big.bin", 0, CancellationToken.None))
        {
            var buffer = new byte[1000];
            await read.ReadExactlyAsync(buffer);
        }

        await using var next = await endpoint.OpenReadAsync("small.txt", 0, CancellationToken.None);
        var text = await TestContent.ReadAllAsync(next);
        Assert.True(text.AsSpan().SequenceEqual("hello"u8), $"{kind}: after an abandoned download the next one read {text.Length} bytes");
    }
}
