using Connectors.Mft.Tests.Endpoints.RemoteFixtures;

namespace Connectors.Mft.Tests.Endpoints.S3;

[Collection(S3rverCollection.Name)]
public sealed class When_uploading_and_downloading(S3rverProcess s3)
{
    [Fact]
    public async Task The_file_comes_back_byte_identical_with_its_size_and_etag()
    {
        const long length = 3 * 1024 * 1024 + 17;
        await using var endpoint = await s3.OpenFreshAsync();

        await using (var upload = PatternContent.Open(length, seed: 1))
        {
            var written = await endpoint.WriteAsync("out/report.bin", upload, 0, CancellationToken.None);
            Assert.True(written == length, $"the write must report the size it wrote, {length}, but reported {written}");
        }

        var size = await endpoint.SizeAsync("out/report.bin", CancellationToken.None);
        Assert.True(size == length, $"the size must be {length}, but was {size}");

        await using var download = await endpoint.OpenReadAsync("out/report.bin", 0, CancellationToken.None);
        var downloaded = await PatternContent.Sha256Async(download);
        Assert.True(downloaded == await PatternContent.Sha256Async(length, seed: 1), "the downloaded bytes must be the uploaded bytes");

        var checksum = await endpoint.ChecksumAsync("out/report.bin", CancellationToken.None);
        Assert.True(checksum is { Length: > 4 } && checksum.StartsWith("md5:", StringComparison.Ordinal) && !checksum.Contains('"', StringComparison.Ordinal), $"an object written in one PUT must offer its ETag as its MD5, md5:<value>, but the checksum was '{checksum}'");
    }

    [Fact]
    public async Task A_missing_file_has_no_size_and_no_checksum()
    {
        await using var endpoint = await s3.OpenFreshAsync();

        Assert.True(await endpoint.SizeAsync("nothing.bin", CancellationToken.None) is null, "a missing file must have a null size");
        Assert.True(await endpoint.ChecksumAsync("nothing.bin", CancellationToken.None) is null, "a missing file must have a null checksum");
    }
}
