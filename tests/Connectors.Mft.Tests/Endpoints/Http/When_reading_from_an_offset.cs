using Connectors.Mft.Tests.Endpoints.RemoteFixtures;

namespace Connectors.Mft.Tests.Endpoints.Http;

public sealed class When_reading_from_an_offset
{
    [Fact]
    public async Task Only_the_bytes_after_the_offset_are_read()
    {
        const long length = 2 * 1024 * 1024;
        const long offset = 777_777;
        await using var server = await HttpFolderServer.StartAsync();
        await using (var file = File.Create(Path.Combine(server.Folder, "resume.bin")))
        await using (var pattern = PatternContent.Open(length, seed: 9))
        {
            await pattern.CopyToAsync(file);
        }

        await using var endpoint = await server.OpenAsync();
        await using var rest = await endpoint.OpenReadAsync("resume.bin", offset, CancellationToken.None);

        Assert.True(await PatternContent.Sha256Async(rest) == await PatternContent.Sha256Async(length, seed: 9, skip: offset), $"reading from {offset} must return exactly the file's bytes from there on");
    }

    [Fact]
    public async Task Reading_from_the_end_returns_nothing()
    {
        await using var server = await HttpFolderServer.StartAsync();
        await File.WriteAllBytesAsync(Path.Combine(server.Folder, "done.bin"), new byte[100]);
        await using var endpoint = await server.OpenAsync();

        await using var rest = await endpoint.OpenReadAsync("done.bin", 100, CancellationToken.None);

        Assert.True(await rest.ReadAsync(new byte[1]) == 0, "a read resumed at the file's end must return no bytes");
    }
}
