using Connectors.Mft.Endpoints.S3;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;

namespace Connectors.Mft.Tests.Endpoints.S3;

[Collection(S3rverCollection.Name)]
public sealed class When_uploading_a_file_of_several_parts(S3rverProcess s3)
{
    [Fact]
    public async Task The_multipart_upload_stores_every_byte_in_order()
    {
        const long length = 40L * 1024 * 1024 + 12345;
        Assert.True(length > 2 * S3StreamingUpload.PartSize, "the file must be large enough to need three parts");
        await using var endpoint = await s3.OpenFreshAsync();

        await using (var upload = PatternContent.Open(length, seed: 40))
        {
            var written = await endpoint.WriteAsync("big/archive.bin", upload, 0, CancellationToken.None);
            Assert.True(written == length, $"the write must report {length} bytes, but reported {written}");
        }

        // Amazon S3 gives a multipart object an ETag with a part count, no MD5; s3rver gives it the MD5 of the
        // whole. Either way the checksum offered must be true to what it claims to be.
        var checksum = await endpoint.ChecksumAsync("big/archive.bin", CancellationToken.None);
        var md5 = await PatternContent.Md5Async(length, seed: 40);
        Assert.True(
            checksum == "md5:" + md5 || (checksum is not null && checksum.StartsWith("etag:", StringComparison.Ordinal) && checksum.EndsWith("-3", StringComparison.Ordinal)),
            $"a multipart object's checksum must be its MD5 {md5} or an ETag with its part count, but was '{checksum}'");

        var size = await endpoint.SizeAsync("big/archive.bin", CancellationToken.None);
        Assert.True(size == length, $"the stored object must be {length} bytes, but is {size}");

        await using var download = await endpoint.OpenReadAsync("big/archive.bin", 0, CancellationToken.None);
        Assert.True(await PatternContent.Sha256Async(download) == await PatternContent.Sha256Async(length, seed: 40), "the downloaded bytes must be the uploaded bytes, parts joined in order");
    }
}
