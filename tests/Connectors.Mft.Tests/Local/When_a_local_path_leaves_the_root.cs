using Connectors.Mft.Endpoints;
using Connectors.Mft.Endpoints.Local;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Local;

public sealed class When_a_local_path_leaves_the_root
{
    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("inner/../../outside.txt")]
    [InlineData("/../outside.txt")]
    public async Task Every_member_refuses_it_as_configuration(string path)
    {
        var parent = Path.Combine(Path.GetTempPath(), "connectors-mft-local", Guid.NewGuid().ToString("N")[..12]);
        var root = Path.Combine(parent, "root");
        Directory.CreateDirectory(root);
        var outside = Path.Combine(parent, "outside.txt");
        await File.WriteAllTextAsync(outside, "keep me");
        await using var endpoint = new LocalFileEndpoint(root);
        try
        {
            var attempts = new (string Member, Func<Task> Call)[]
            {
                ("SizeAsync", () => endpoint.SizeAsync(path, CancellationToken.None)),
                ("OpenReadAsync", () => endpoint.OpenReadAsync(path, 0, CancellationToken.None)),
                ("WriteAsync", () => endpoint.WriteAsync(path, new MemoryStream([1]), 0, CancellationToken.None)),
                ("RenameAsync", () => endpoint.RenameAsync(path, "inside.txt", true, CancellationToken.None)),
                ("DeleteAsync", () => endpoint.DeleteAsync(path, CancellationToken.None)),
                ("ChecksumAsync", () => endpoint.ChecksumAsync(path, CancellationToken.None)),
                ("ListAsync", () => endpoint.ListAsync(Path.GetDirectoryName(path)!, new FileFilter("*"), CancellationToken.None)),
            };
            foreach (var (member, call) in attempts)
            {
                var error = await Assert.ThrowsAsync<ConnectorException>(call);
                Assert.True(error.Kind == ConnectorErrorKind.Configuration, $"{member} should refuse '{path}' as configuration, not {error.Kind}");
                Assert.True(error.Message.Contains("leaves the endpoint's root", StringComparison.Ordinal), $"{member} should say the path leaves the root: {error.Message}");
            }

            Assert.True(await File.ReadAllTextAsync(outside) == "keep me", "the file outside the root should be untouched");
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }
}
