using Connectors.Mft.Endpoints.Curl;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Endpoints.Curl;

public sealed class When_resolving_paths_under_a_root
{
    [Theory]
    [InlineData("/", "a.txt", "/a.txt")]
    [InlineData("/data/in/", "sub/./a.txt", "/data/in/sub/a.txt")]
    [InlineData("/data", "", "/data")]
    [InlineData("/data", "/", "/data")]
    [InlineData("incoming", "a.txt", "incoming/a.txt")]
    [InlineData("~/incoming", "a.txt", "incoming/a.txt")]
    [InlineData("", "", "/")]
    public void A_path_inside_the_root_becomes_a_server_path(string root, string path, string expected)
    {
        var resolved = new RemoteRoot(root).Resolve(path).Text;

        Assert.True(resolved == expected, $"root '{root}' and path '{path}' gave '{resolved}', not '{expected}'");
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/../../b")]
    [InlineData(@"a\..\..\b")]
    [InlineData("a.txt\nDELE b")]
    [InlineData("a\0b")]
    public void A_path_leaving_the_root_or_splitting_a_command_is_refused(string path)
    {
        var failure = Assert.Throws<ConnectorException>(() => new RemoteRoot("/data").Resolve(path));

        Assert.True(failure.Kind == ConnectorErrorKind.Configuration, $"'{path}' was refused as {failure.Kind}");
    }
}
