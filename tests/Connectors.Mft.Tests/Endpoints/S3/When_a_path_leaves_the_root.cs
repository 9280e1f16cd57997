using Connectors.Mft.Endpoints;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.S3;

[Collection(S3rverCollection.Name)]
public sealed class When_a_path_leaves_the_root(S3rverProcess s3)
{
    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("in/../../secret.txt")]
    [InlineData("in\\..\\secret.txt")]
    public async Task Every_operation_refuses_it(string path)
    {
        await using var endpoint = await s3.OpenFreshAsync();
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
    }
}
