using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests;

public sealed class When_connectors_are_listed
{
    [Fact]
    public async Task The_plugin_connectors_show_with_kind_version_and_profile_type()
    {
        using var workspace = new Workspace();

        var result = await ConnectorsCommand.RunAsync(workspace.Args("list"));

        Assert.True(result.ExitCode == 0, $"list should succeed:{Environment.NewLine}{result.All}");
        var sender = Row(result.Output, "sample-sender");
        var receiver = Row(result.Output, "sample-receiver");
        Assert.True(sender is not null, $"list should show sample-sender:{Environment.NewLine}{result.All}");
        Assert.True(receiver is not null, $"list should show sample-receiver:{Environment.NewLine}{result.All}");
        Assert.True(sender.Contains("sender", StringComparison.Ordinal) && sender.Contains("1.0.0", StringComparison.Ordinal) && sender.Contains("Sample sender", StringComparison.Ordinal), $"the sender's row should name its kind, version and display name: {sender}");
        Assert.True(receiver.Contains("receiver", StringComparison.Ordinal) && receiver.Contains("Sample receiver", StringComparison.Ordinal), $"the receiver's row should name its kind and display name: {receiver}");
        Assert.True(sender.TrimEnd().EndsWith("sample", StringComparison.Ordinal), $"the sender's row should end with its profile type 'sample': {sender}");
    }

    [Fact]
    public async Task Without_plugins_it_lists_the_built_in_connectors()
    {
        using var workspace = new Workspace();

        var result = await ConnectorsCommand.RunAsync("--operations", workspace.OperationsFolder, "list");

        Assert.True(result.ExitCode == 0, $"list without plug-ins should succeed:{Environment.NewLine}{result.All}");
        foreach (var id in new[] { "oftp2-sender", "oftp2-receiver", "ota-sender", "ota-receiver" })
        {
            Assert.True(Row(result.Output, id) is not null, $"the built-in connector {id} is not listed:{Environment.NewLine}{result.All}");
        }
    }

    private static string? Row(string table, string id) =>
        table.Split('\n').FirstOrDefault(line => line.TrimStart().StartsWith(id + " ", StringComparison.Ordinal));
}
