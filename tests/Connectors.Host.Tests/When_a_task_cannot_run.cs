using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests;

public sealed class When_a_task_cannot_run
{
    [Fact]
    public async Task An_unknown_task_exits_3_and_lists_the_known_tasks()
    {
        using var workspace = new Workspace();
        File.WriteAllText(Path.Combine(workspace.TasksFolder, "Finance.DailyInvoices.json"), """{ "connector": "mft-task", "definition": {} }""");

        var result = await ConnectorsCommand.RunAsync(workspace.Args("task", "run", "Finance.Daily"));

        Assert.True(result.ExitCode == 3, $"an unknown task is a configuration error (3):{Environment.NewLine}{result.All}");
        Assert.True(result.Error.Contains("Finance.DailyInvoices", StringComparison.Ordinal), $"the error should list the known tasks:{Environment.NewLine}{result.All}");
    }

    [Fact]
    public async Task A_task_naming_a_sender_exits_3_before_any_run_is_recorded()
    {
        using var workspace = new Workspace();
        File.WriteAllText(Path.Combine(workspace.TasksFolder, "Sales.Push.json"), """{ "connector": "sample-sender", "definition": { "connectionName": "x" } }""");

        var result = await ConnectorsCommand.RunAsync(workspace.Args("task", "run", "Sales.Push"));

        Assert.True(result.ExitCode == 3, $"a task file naming a sender is a configuration error (3):{Environment.NewLine}{result.All}");
        Assert.True(result.Error.Contains("not a task connector", StringComparison.Ordinal), $"the error should say why:{Environment.NewLine}{result.All}");
        Assert.True(!result.Output.Contains("started", StringComparison.Ordinal), $"no run should have started:{Environment.NewLine}{result.All}");
    }

    [Theory]
    [InlineData("status")]
    [InlineData("log")]
    [InlineData("restart")]
    public async Task An_unknown_run_id_exits_3(string command)
    {
        using var workspace = new Workspace();

        var result = await ConnectorsCommand.RunAsync(workspace.Args("task", command, "20250101-000000-abcdef"));

        Assert.True(result.ExitCode == 3, $"task {command} of an unknown run is a configuration error (3):{Environment.NewLine}{result.All}");
        Assert.True(result.Error.Contains("recent runs: none", StringComparison.Ordinal), $"the error should list the recent runs:{Environment.NewLine}{result.All}");
    }
}
