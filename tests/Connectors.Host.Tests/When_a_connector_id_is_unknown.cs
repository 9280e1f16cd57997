using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests;

public sealed class When_a_connector_id_is_unknown
{
    [Theory]
    [InlineData("schema", "sample-sendr")]
    [InlineData("send", "sample-sendr", "--file", "{file}")]
    [InlineData("receive", "sample-sendr", "--to", "{inbox}")]
    public async Task It_exits_3_and_lists_the_known_ids(params string[] command)
    {
        using var workspace = new Workspace();
        var file = workspace.WriteFile("payload.txt", "hello");
        var args = command.Select(a => a.Replace("{file}", file, StringComparison.Ordinal).Replace("{inbox}", workspace.InboxFolder, StringComparison.Ordinal)).ToArray();

        var result = await ConnectorsCommand.RunAsync(workspace.Args(args));

        Assert.True(result.ExitCode == 3, $"an unknown connector is a configuration error (3):{Environment.NewLine}{result.All}");
        Assert.True(result.Error.Contains("'sample-sendr'", StringComparison.Ordinal), $"the error should name the unknown id:{Environment.NewLine}{result.All}");
        Assert.True(result.Error.Contains("sample-sender", StringComparison.Ordinal) && result.Error.Contains("sample-receiver", StringComparison.Ordinal), $"the error should list the known ids:{Environment.NewLine}{result.All}");
        Assert.True(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length == 1, $"the error should be one line, without a stack trace:{Environment.NewLine}{result.All}");
    }
}
