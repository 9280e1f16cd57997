using Connectors.Mft.Tests.Tasks.Fixtures;

namespace Connectors.Mft.Tests.Tasks;

public sealed class When_an_endpoint_name_is_unknown
{
    [Theory]
    [InlineData("source")]
    [InlineData("destination")]
    public async Task The_file_set_step_fails_listing_the_known_endpoints(string side)
    {
        await using var workspace = new MftWorkspace();
        var content = TestFiles.Content(1000, 6);
        var file = workspace.WriteSource("data.txt", content);
        var definition = MftWorkspace.Definition();
        definition[side]!["endpoint"] = "no-such-place";

        var (_, result) = await workspace.RunAsync(definition);

        BadInput.AssertFailedWithoutHarm(result, "file-set", file, content, workspace.DestinationFolder);
        Assert.True(result.Error?.Contains("'no-such-place'", StringComparison.Ordinal) == true, $"the error should name the unknown endpoint: {result.Error}");
        Assert.True(result.Error?.Contains("known endpoints: destination, source", StringComparison.Ordinal) == true, $"the error should list the known endpoints: {result.Error}");
    }
}
