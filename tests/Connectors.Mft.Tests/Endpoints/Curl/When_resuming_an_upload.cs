using Connectors.Mft.Tests.Endpoints.Fixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.Curl;

[Collection(RemoteServersCollection.Name)]
public sealed class When_resuming_an_upload(RemoteServersFixture servers)
{
    [Theory]
    [MemberData(nameof(RemoteKind.All), MemberType = typeof(RemoteKind))]
    public async Task The_rest_is_appended_to_what_arrived(string kind)
    {
        using var folder = new TestFolder();
        var content = TestContent.Random(1_000_000);
        const int arrived = 400_000;
        folder.Put("part.bin", content[..arrived]);
        await using var endpoint = await servers.OpenAsync(kind, folder.Path);

        var size = await endpoint.WriteAsync("part.bin", new MemoryStream(content[arrived..]), arrived, CancellationToken.None);

        Assert.True(size == content.Length, $"{kind}: the resumed write reported {size} bytes, not {content.Length}");
        Assert.True(File.ReadAllBytes(folder.Local("part.bin")).AsSpan().SequenceEqual(content), $"{kind}: the resumed file differs from the whole content");
    }

    [Theory]
    [MemberData(nameof(RemoteKind.All), MemberType = typeof(RemoteKind))]
    public async Task A_resume_point_the_file_does_not_end_at_is_refused(string kind)
    {
        using var folder = new TestFolder();
        folder.Put("part.bin", TestContent.Random(100));
        await using var endpoint = await servers.OpenAsync(kind, folder.Path);

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => endpoint.WriteAsync("part.bin", new MemoryStream(TestContent.Random(10)), 50, CancellationToken.None));

        Assert.True(failure.Message.Contains("100 bytes", StringComparison.Ordinal), $"{kind}: the message does not say what the server holds: {failure.Message}");
        Assert.True(new FileInfo(folder.Local("part.bin")).Length == 100, $"{kind}: the file changed although the resume was refused");
    }
}
