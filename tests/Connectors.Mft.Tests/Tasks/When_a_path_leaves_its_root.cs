using Connectors.Mft.Tests.Tasks.Fixtures;

namespace Connectors.Mft.Tests.Tasks;

public sealed class When_a_path_leaves_its_root
{
    [Theory]
    [InlineData("destination", "../escape")]
    [InlineData("destination", "in/../../escape")]
    [InlineData("source", "..")]
    public async Task The_run_fails_before_anything_is_touched(string side, string path)
    {
        await using var workspace = new MftWorkspace();
        var content = TestFiles.Content(1000, 9);
        var file = workspace.WriteSource("data.txt", content);
        var definition = MftWorkspace.Definition();
        definition[side]!["path"] = path;

        var (_, result) = await workspace.RunAsync(definition);

        BadInput.AssertFailedWithoutHarm(result, "file-set", file, content, workspace.DestinationFolder);
        Assert.True(result.Error?.Contains($"/{side}/path '{path}' leaves the root", StringComparison.Ordinal) == true, $"the error should name the path and the field: {result.Error}");
        Assert.True(!Directory.Exists(Path.Combine(workspace.Root, "escape")), "nothing should be created outside the root");
    }
}
