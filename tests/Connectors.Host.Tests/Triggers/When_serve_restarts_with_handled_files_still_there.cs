using System.Text.Json;
using Connectors.Host.Tests.Api;
using Connectors.Host.Tests.Fixtures;
using Connectors.Sdk.Hosting.Registration;

namespace Connectors.Host.Tests.Triggers;

public sealed class When_serve_restarts_with_handled_files_still_there
{
    private static readonly TimeSpan ThreePolls = TimeSpan.FromSeconds(3.5);

    [Fact]
    public async Task The_task_is_not_started_again_for_them_but_is_for_a_new_file()
    {
        using var workspace = new Workspace();
        File.Delete(ServedApi.WriteTwoStepTask(workspace));
        var drop = Path.Combine(workspace.Root, "drop");
        Directory.CreateDirectory(Path.Combine(drop, "in"));
        workspace.WriteProfile("drop", $$"""{ "type": "mft-local", "root": {{JsonSerializer.Serialize(drop)}} }""");
        Directory.CreateDirectory(Path.Combine(workspace.OperationsFolder, "triggers"));
        File.WriteAllText(
            Path.Combine(workspace.OperationsFolder, "triggers", "orders.json"),
            """{ "task": "Ops.TwoSteps", "endpoint": "drop", "path": "in", "filter": "*.xml", "pollSeconds": 1 }""");

        // The task leaves the file where it is, as a task that keeps its source files does.
        var first = await ServeAsync(workspace, async serving =>
        {
            File.WriteAllText(Path.Combine(drop, "in", "order-1.xml"), "<order/>");
            await serving.WaitForAsync("files are recorded as handled", ServedApi.Patience);
        });
        var second = await ServeAsync(workspace, async serving =>
        {
            await Task.Delay(ThreePolls);
            File.WriteAllText(Path.Combine(drop, "in", "order-2.xml"), "<order/>");
            await serving.WaitForAsync("ended: completed", ServedApi.Patience);
        });

        Assert.True(first.Contains("for 1 new files (order-1.xml)", StringComparison.Ordinal), $"the first serve should start the task for order-1.xml:{Environment.NewLine}{first}");
        Assert.True(!second.Contains("order-1.xml", StringComparison.Ordinal), $"after the restart the task must not be started again for order-1.xml:{Environment.NewLine}{second}");
        Assert.True(second.Contains("for 1 new files (order-2.xml)", StringComparison.Ordinal), $"after the restart a new file should still start the task:{Environment.NewLine}{second}");
    }

    private static async Task<string> ServeAsync(Workspace workspace, Func<RunningCli, Task> whileServing)
    {
        using var stop = new CancellationTokenSource();
        var serving = ConnectorsCommand.Start(workspace.Args("serve"), stop.Token, connectors: builder => builder.AddTask<TwoStepTask, TwoStepDefinition>());
        await serving.WaitForAsync("Trigger orders.json: watching", ServedApi.Patience);
        await whileServing(serving);
        await stop.CancelAsync();
        var served = await serving.Completion.WaitAsync(ServedApi.Patience);
        return served.All;
    }
}
