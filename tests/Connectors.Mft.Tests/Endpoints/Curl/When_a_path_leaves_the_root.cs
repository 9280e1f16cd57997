using Connectors.Mft.Endpoints;
using Connectors.Mft.Tests.Endpoints.Fixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.Curl;

[Collection(RemoteServersCollection.Name)]
public sealed class When_a_path_leaves_the_root(RemoteServersFixture servers)
{
    [Theory]
    [MemberData(nameof(RemoteKind.All), MemberType = typeof(RemoteKind))]
    public async Task Every_operation_refuses_it_before_asking_the_server(string kind)
    {
        using var folder = new TestFolder();
        await using var endpoint = await servers.OpenAsync(kind, folder.Path);
        var outside = "in/../../etc/passwd";

        Func<Task>[] operations =
        [
            () => endpoint.OpenReadAsync(outside, 0, CancellationToken.None),
            () => endpoint.WriteAsync(outside, new MemoryStream([1]), 0, CancellationToken.None),
            () => endpoint.SizeAsync(outside, CancellationToken.None),
            () => endpoint.ListAsync("..", new FileFilter("*"), CancellationToken.None),
            () => endpoint.RenameAsync("a.txt", @"..\b.txt", overwrite: true, CancellationToken.None),
            () => endpoint.DeleteAsync(outside, CancellationToken.None),
            () => endpoint.DeleteAsync("a.txt\r\nDELE /etc/passwd", CancellationToken.None),
        ];
        foreach (var operation in operations)
        {
            var failure = await Assert.ThrowsAsync<ConnectorException>(operation);
            Assert.True(failure.Kind == ConnectorErrorKind.Configuration, $"{kind}: classified as {failure.Kind}: {failure.Message}");
        }
    }
}
