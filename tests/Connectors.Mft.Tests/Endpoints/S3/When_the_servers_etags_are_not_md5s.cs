using Connectors.Mft.Endpoints.S3;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;

namespace Connectors.Mft.Tests.Endpoints.S3;

[Collection(S3rverCollection.Name)]
public sealed class When_the_servers_etags_are_not_md5s(S3rverProcess s3)
{
    [Fact]
    public async Task The_profile_says_so_and_the_etag_is_offered_as_nothing_to_compare_with()
    {
        var profile = s3.Profile("etags/" + Guid.NewGuid().ToString("N")) with { EtagsAreMd5 = false };
        await using var endpoint = await new S3EndpointOpener().OpenAsync("plain-etags", profile, CancellationToken.None);

        await endpoint.WriteAsync("in/order.xml", new MemoryStream("<order/>"u8.ToArray()), 0, CancellationToken.None);
        var checksum = await endpoint.ChecksumAsync("in/order.xml", CancellationToken.None);

        Assert.True(endpoint.ChecksumAlgorithm is null, $"an endpoint whose ETags are no MD5s should name no checksum to take while sending, not {endpoint.ChecksumAlgorithm}");
        Assert.True(checksum is not null && checksum.StartsWith("etag:", StringComparison.Ordinal), $"the ETag should be offered as an ETag, never as an MD5, but was '{checksum}'");
    }
}
