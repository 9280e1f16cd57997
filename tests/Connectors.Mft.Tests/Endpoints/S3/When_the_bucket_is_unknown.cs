using Connectors.Mft.Endpoints.S3;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.S3;

[Collection(S3rverCollection.Name)]
public sealed class When_the_bucket_is_unknown(S3rverProcess s3)
{
    [Fact]
    public async Task Opening_is_a_configuration_error_naming_the_bucket()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            new S3EndpointOpener().OpenAsync("partner-s3", s3.Profile("tests/x", bucket: "no-such-bucket"), CancellationToken.None));

        Assert.True(error.Kind == ConnectorErrorKind.Configuration, $"an unknown bucket must be a configuration error, but was {error.Kind}: {error.Message}");
        Assert.True(error.PropertyKeys.SequenceEqual(["/bucket"]), $"the error must name /bucket, but named {string.Join(", ", error.PropertyKeys)}");
    }
}
