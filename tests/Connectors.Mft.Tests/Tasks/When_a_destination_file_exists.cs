using System.Text;
using Connectors.Mft.Tests.Tasks.Fixtures;
using Connectors.Sdk.Tasks;

namespace Connectors.Mft.Tests.Tasks;

public sealed class When_a_destination_file_exists
{
    [Theory]
    [InlineData("Yes", "new", true)]
    [InlineData("Append", "oldnew", true)]
    [InlineData("No", "old", false)]
    public async Task The_overwrite_rule_decides_and_no_keeps_the_source(string overwrite, string expected, bool completes)
    {
        await using var workspace = new MftWorkspace();
        var source = workspace.WriteSource("report.txt", Encoding.ASCII.GetBytes("new"));
        await File.WriteAllTextAsync(Path.Combine(workspace.DestinationFolder, "report.txt"), "old");
        var definition = MftWorkspace.Definition();
        definition["destination"]!["overwrite"] = overwrite;

        var (_, result) = await workspace.RunAsync(definition);
        var arrived = await File.ReadAllTextAsync(Path.Combine(workspace.DestinationFolder, "report.txt"));

        Assert.True((result.State == TaskRunState.Completed) == completes, $"overwrite {overwrite} should {(completes ? "complete" : "fail")}: {result.State} {result.Error}");
        Assert.True(arrived == expected, $"overwrite {overwrite} should leave '{expected}' at the destination, not '{arrived}'");
        Assert.True(File.Exists(source) != completes, $"the source should be {(completes ? "removed" : "kept")}");
        if (!completes)
        {
            Assert.True(result.FailedStep == "transfer" && result.Error?.Contains("/destination/overwrite is No", StringComparison.Ordinal) == true, $"the error should name the overwrite rule: {result.FailedStep} {result.Error}");
        }
    }
}
