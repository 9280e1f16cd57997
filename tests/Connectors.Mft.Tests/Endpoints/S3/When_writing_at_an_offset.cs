using Connectors.Sdk.Errors;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;

namespace Connectors.Mft.Tests.Endpoints.S3;

[Collection(S3rverCollection.Name)]
public sealed class When_writing_at_an_offset(S3rverProcess s3)
{
    [Fact]
    public async Task The_endpoint_says_it_cannot_resume_and_refuses_the_write()
    {
        await using var endpoint = await s3.OpenFreshAsync();
        Assert.False(endpoint.CanResume, "S3 has no append, so the endpoint must not offer resuming");

        await using var content = new MemoryStream([1, 2, 3]);
        var error = await Assert.ThrowsAsync<ConnectorException>(() => endpoint.WriteAsync("partial.bin", content, 10, CancellationToken.None));

        Assert.True(error.Kind == ConnectorErrorKind.Configuration, $"a write at an offset must be a configuration error, but was {error.Kind}");
        Assert.True(error.Message.Contains("append", StringComparison.Ordinal), $"the message must say S3 cannot append: {error.Message}");
    }
}
