using Connectors.Sdk.Hosting.Schemas;

namespace Connectors.Sdk.Hosting.Tests.Schemas;

public sealed class When_json_pointers_are_reported
{
    [Theory]
    [InlineData("#/network.maxAttempts", "/network/maxAttempts")]
    [InlineData("#/items[2].name", "/items/2/name")]
    [InlineData("#/host", "/host")]
    [InlineData("#", "")]
    [InlineData("", "")]
    public void Validation_paths_become_json_pointers(string path, string expected)
    {
        Assert.Equal(expected, SchemaValidator.ToJsonPointer(path));
    }
}
