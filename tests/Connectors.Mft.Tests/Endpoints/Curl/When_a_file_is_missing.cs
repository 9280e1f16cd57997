using Connectors.Mft.Tests.Endpoints.Fixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.Curl;

[Collection(RemoteServersCollection.Name)]
public sealed class When_a_file_is_missing(RemoteServersFixture servers)
{
    [Theory]
    [MemberData(nameof(RemoteKind.All), MemberType = typeof(RemoteKind))]
    public async Task Its_size_is_null_and_reading_it_names_the_path(string kind)
    {
        using var folder = new TestFolder();
        await using var endpoint = await servers.OpenAsync(kind, folder.Path);

        Assert.True(await endpoint.SizeAsync("nothing.xml", CancellationToken.None) is null, $"{kind}: a missing file has a size");
        var failure = await Assert.ThrowsAsync<ConnectorException>(() => endpoint.OpenReadAsync("nothing.xml", 0, CancellationToken.None));
        Assert.True(failure.Message.Contains(folder.Path + "/nothing.xml", StringComparison.Ordinal), $"{kind}: the message does not name the path: {failure.Message}");
        Assert.True(!failure.IsRetryable, $"{kind}: a missing file is marked retryable");
    }
}
