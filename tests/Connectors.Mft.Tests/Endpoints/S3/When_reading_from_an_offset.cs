using Connectors.Mft.Tests.Endpoints.RemoteFixtures;

namespace Connectors.Mft.Tests.Endpoints.S3;

[Collection(S3rverCollection.Name)]
public sealed class When_reading_from_an_offset(S3rverProcess s3)
{
    [Fact]
    public async Task Only_the_bytes_after_the_offset_are_read()
    {
        const long length = 2 * 1024 * 1024;
        const long offset = 1_000_003;
        await using var endpoint = await s3.OpenFreshAsync();
        await using (var upload = PatternContent.Open(length, seed: 7))
        {
            await endpoint.WriteAsync("resume.bin", upload, 0, CancellationToken.None);
        }

        await using var rest = await endpoint.OpenReadAsync("resume.bin", offset, CancellationToken.None);

        Assert.True(await PatternContent.Sha256Async(rest) == await PatternContent.Sha256Async(length, seed: 7, skip: offset), $"reading from {offset} must return exactly the file's bytes from there on");
    }
}
