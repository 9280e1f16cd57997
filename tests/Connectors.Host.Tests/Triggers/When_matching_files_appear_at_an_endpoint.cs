using Connectors.Host.Tests.Api;
using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests.Triggers;

public sealed class When_matching_files_appear_at_an_endpoint
{
    private static readonly TimeSpan TwoPolls = TimeSpan.FromSeconds(2.5);

    [Fact]
    public async Task Serve_starts_the_task_once_for_them_and_not_for_other_files()
    {
        using var triggered = new TriggeredWorkspace();
        var drop = triggered.Drop;
        using var stop = new CancellationTokenSource();
        var serving = await triggered.ServeAsync(stop.Token);

        File.WriteAllText(Path.Combine(drop, "in", "notes.txt"), "not an order");
        await Task.Delay(TwoPolls);
        var beforeOrder = serving.All;
        File.WriteAllText(Path.Combine(drop, "in", "order-1.xml"), "<order/>");
        await serving.WaitForAsync("ended: completed", ServedApi.Patience);
        await Task.Delay(TwoPolls);
        await stop.CancelAsync();
        var served = await serving.Completion.WaitAsync(ServedApi.Patience);

        Assert.True(!beforeOrder.Contains("started run", StringComparison.Ordinal), $"a file that does not match the filter must not start the task:{Environment.NewLine}{beforeOrder}");
        Assert.True(Count(served.Output, "Trigger orders.json: started run") == 1, $"the order should start the task exactly once:{Environment.NewLine}{served.All}");
        Assert.True(served.Output.Contains("for 1 new files (order-1.xml)", StringComparison.Ordinal), $"the log should name the file that started the run:{Environment.NewLine}{served.All}");
        Assert.True(served.ExitCode == 0, $"serve should exit 0 when stopped:{Environment.NewLine}{served.All}");
    }

    private static int Count(string text, string what) =>
        text.Split('\n').Count(line => line.Contains(what, StringComparison.Ordinal));
}
