using Connectors.Mft.Endpoints.S3;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.S3;

[Collection(S3rverCollection.Name)]
public sealed class When_uploading_a_stream_of_known_length(S3rverProcess s3)
{
    [Fact]
    public async Task It_goes_in_one_put_whose_etag_is_the_md5_of_the_content()
    {
        const long length = 20L * 1024 * 1024 + 3;
        Assert.True(length > S3StreamingUpload.PartSize, "the file must be larger than one part, so only its known length can make it a single PUT");
        await using var endpoint = await s3.OpenFreshAsync();

        await using (var upload = PatternContent.OpenSized(length, seed: 7))
        {
            var written = await endpoint.WriteAsync("single/order.bin", upload, 0, CancellationToken.None);
            Assert.True(written == length, $"the write must report {length} bytes, but reported {written}");
        }

        // A multipart object's ETag ends in -<parts>; a single PUT's is the MD5 of the content.
        var checksum = await endpoint.ChecksumAsync("single/order.bin", CancellationToken.None);
        var md5 = await PatternContent.Md5Async(length, seed: 7);
        Assert.True(checksum == "md5:" + md5, $"one PUT must store the object with the content's MD5 {md5} as its ETag, but the checksum is '{checksum}'");

        await using var download = await endpoint.OpenReadAsync("single/order.bin", 0, CancellationToken.None);
        Assert.True(await PatternContent.Sha256Async(download) == await PatternContent.Sha256Async(length, seed: 7), "the downloaded bytes must be the uploaded bytes");
    }

    [Fact]
    public async Task Content_that_ends_before_its_announced_length_fails_saying_so()
    {
        await using var endpoint = await s3.OpenFreshAsync();

        await using var upload = PatternContent.OpenSized(1000, seed: 8, announced: 5000);
        var error = await Assert.ThrowsAsync<ConnectorException>(() => endpoint.WriteAsync("short/order.bin", upload, 0, CancellationToken.None));

        Assert.True(error.Message.Contains("short/order.bin", StringComparison.Ordinal), $"the error must name the file, but was: {error.Message}");
        Assert.True(error.Message.Contains("ended after 1000 of the 5000 bytes", StringComparison.Ordinal), $"the error must say the content was shorter than announced, but was: {error.Message}");
    }
}
