using Connectors.Host.Tests.Api;
using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests.Triggers;

public sealed class When_serve_restarts_with_handled_files_still_there
{
    private static readonly TimeSpan ThreePolls = TimeSpan.FromSeconds(3.5);

    [Fact]
    public async Task The_task_is_not_started_again_for_them_but_is_for_a_new_file()
    {
        using var triggered = new TriggeredWorkspace();
        var drop = triggered.Drop;

        // The task leaves the file where it is, as a task that keeps its source files does.
        var first = await ServeAsync(triggered, async serving =>
        {
            File.WriteAllText(Path.Combine(drop, "in", "order-1.xml"), "<order/>");
            await serving.WaitForAsync("files are recorded as handled", ServedApi.Patience);
        });
        var second = await ServeAsync(triggered, async serving =>
        {
            await Task.Delay(ThreePolls);
            File.WriteAllText(Path.Combine(drop, "in", "order-2.xml"), "<order/>");
            await serving.WaitForAsync("ended: completed", ServedApi.Patience);
        });

        Assert.True(first.Contains("for 1 new files (order-1.xml)", StringComparison.Ordinal), $"the first serve should start the task for order-1.xml:{Environment.NewLine}{first}");
        Assert.True(!second.Contains("order-1.xml", StringComparison.Ordinal), $"after the restart the task must not be started again for order-1.xml:{Environment.NewLine}{second}");
        Assert.True(second.Contains("for 1 new files (order-2.xml)", StringComparison.Ordinal), $"after the restart a new file should still start the task:{Environment.NewLine}{second}");
    }

    private static async Task<string> ServeAsync(TriggeredWorkspace triggered, Func<RunningCli, Task> whileServing)
    {
        using var stop = new CancellationTokenSource();
        var serving = await triggered.ServeAsync(stop.Token);
        await whileServing(serving);
        await stop.CancelAsync();
        var served = await serving.Completion.WaitAsync(ServedApi.Patience);
        return served.All;
    }
}
