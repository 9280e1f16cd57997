using Connectors.Mft.Tests.Endpoints.RemoteFixtures;

namespace Connectors.Mft.Tests.Endpoints.Http;

public sealed class When_uploading_and_downloading
{
    [Fact]
    public async Task The_file_comes_back_byte_identical_with_its_size()
    {
        const long length = 5 * 1024 * 1024 + 3;
        await using var server = await HttpFolderServer.StartAsync();
        await using var endpoint = await server.OpenAsync("exchange");

        await using (var upload = PatternContent.Open(length, seed: 2))
        {
            var written = await endpoint.WriteAsync("out/report.bin", upload, 0, CancellationToken.None);
            Assert.True(written == length, $"the write must report {length} bytes, but reported {written}");
        }

        Assert.True(File.Exists(Path.Combine(server.Folder, "exchange", "out", "report.bin")), "the file must land below the root on the server");
        var size = await endpoint.SizeAsync("out/report.bin", CancellationToken.None);
        Assert.True(size == length, $"HEAD must give the size {length}, but gave {size}");

        await using var download = await endpoint.OpenReadAsync("out/report.bin", 0, CancellationToken.None);
        Assert.True(await PatternContent.Sha256Async(download) == await PatternContent.Sha256Async(length, seed: 2), "the downloaded bytes must be the uploaded bytes");
    }

    [Fact]
    public async Task A_missing_file_has_no_size_and_reading_it_is_a_clear_not_found()
    {
        await using var server = await HttpFolderServer.StartAsync();
        await using var endpoint = await server.OpenAsync();

        Assert.True(await endpoint.SizeAsync("nothing.bin", CancellationToken.None) is null, "a missing file must have a null size");
        var error = await Assert.ThrowsAsync<Connectors.Sdk.Errors.ConnectorException>(() => endpoint.OpenReadAsync("nothing.bin", 0, CancellationToken.None));
        Assert.True(error.Message.Contains("not found", StringComparison.Ordinal) && error.Message.Contains("nothing.bin", StringComparison.Ordinal), $"the message must say which file was not found: {error.Message}");
    }
}
