using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests;

public sealed class When_the_committed_schemas_are_checked
{
    [Fact]
    public async Task They_equal_what_the_code_generates_for_the_built_in_connectors()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "schemas");
        using var workspace = new Workspace();

        // No --plugins: the committed folder describes the built-in connectors only.
        var result = await ConnectorsCommand.RunAsync("--operations", workspace.OperationsFolder, "--state", workspace.StateFolder, "schema", "--check", "--dir", folder);

        Assert.True(
            result.ExitCode == 0,
            $"schemas/ drifted from the code; regenerate it from the repository root with{Environment.NewLine}" +
            $"  dotnet run --project sdk/Connectors.Host -- schema --write{Environment.NewLine}" +
            $"and commit the result.{Environment.NewLine}{result.All}");
    }

    [Fact]
    public async Task Write_then_check_agree_and_a_stale_file_is_removed()
    {
        using var workspace = new Workspace();
        var folder = Path.Combine(workspace.Root, "schemas");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "retired-sender.properties.schema.json"), "{}");

        var written = await ConnectorsCommand.RunAsync(workspace.Args("schema", "--write", "--dir", folder));
        var check = await ConnectorsCommand.RunAsync(workspace.Args("schema", "--check", "--dir", folder));
        File.WriteAllText(Path.Combine(folder, "sample-sender.properties.schema.json"), "{}");
        var drifted = await ConnectorsCommand.RunAsync(workspace.Args("schema", "--check", "--dir", folder));

        Assert.True(written.ExitCode == 0, $"--write should succeed:{Environment.NewLine}{written.All}");
        foreach (var name in new[] { "sample-sender.properties.schema.json", "sample-receiver.properties.schema.json", "sample.profile.schema.json" })
        {
            Assert.True(File.Exists(Path.Combine(folder, name)), $"--write should write {name}:{Environment.NewLine}{written.All}");
        }

        Assert.True(!File.Exists(Path.Combine(folder, "retired-sender.properties.schema.json")), $"--write should remove a schema nothing registered describes:{Environment.NewLine}{written.All}");
        Assert.True(check.ExitCode == 0, $"--check right after --write should find no drift:{Environment.NewLine}{check.All}");
        Assert.True(drifted.ExitCode == 3, $"--check should exit 3 on drift:{Environment.NewLine}{drifted.All}");
        Assert.True(drifted.Error.Contains("sample-sender.properties.schema.json differs", StringComparison.Ordinal), $"--check should name the drifted file:{Environment.NewLine}{drifted.All}");
        Assert.True(drifted.Error.Contains("schema --write", StringComparison.Ordinal), $"--check should say how to regenerate:{Environment.NewLine}{drifted.All}");
    }
}
