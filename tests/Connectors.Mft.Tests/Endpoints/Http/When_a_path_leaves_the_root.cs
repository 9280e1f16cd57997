using Connectors.Mft.Endpoints;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.Http;

public sealed class When_a_path_leaves_the_root
{
    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("in/../../secret.txt")]
    [InlineData("in\\..\\secret.txt")]
    public async Task Every_operation_refuses_it_before_asking_the_server(string path)
    {
        await using var server = await HttpFolderServer.StartAsync();
        await using var endpoint = await server.OpenAsync("exchange");
        var askedBefore = server.Methods.Count;
        var operations = new (string Name, Func<Task> Run)[]
        {
            ("read", () => endpoint.OpenReadAsync(path, 0, CancellationToken.None)),
            ("write", () => endpoint.WriteAsync(path, new MemoryStream([1]), 0, CancellationToken.None)),
            ("size", () => endpoint.SizeAsync(path, CancellationToken.None)),
            ("delete", () => endpoint.DeleteAsync(path, CancellationToken.None)),
            ("rename", () => endpoint.RenameAsync("a.txt", path, true, CancellationToken.None)),
            ("list", () => endpoint.ListAsync(path, new FileFilter("*"), CancellationToken.None)),
        };

        foreach (var (name, run) in operations)
        {
            var error = await Record.ExceptionAsync(run);
            Assert.True(error is ConnectorException { Kind: ConnectorErrorKind.Configuration }, $"{name} of '{path}' must be refused as a configuration error, but gave {error?.GetType().Name ?? "success"}");
            Assert.True(error!.Message.Contains("leaves the endpoint's root", StringComparison.Ordinal), $"{name}: the message must say the path leaves the root: {error.Message}");
        }

        Assert.True(server.Methods.Count == askedBefore, $"no request must reach the server, but it saw {string.Join(", ", server.Methods.Skip(askedBefore))}");
    }
}
