using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests;

public sealed class When_a_profile_is_tested
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Each_stage_is_reported_with_its_time()
    {
        using var workspace = new Workspace();
        var port = Workspace.FreePort();
        workspace.WriteSampleProfile("inbound", port, "alice", "Right-Pass-1");
        workspace.WriteSampleProfile("partner", port, "alice", "Right-Pass-1");
        using var stop = new CancellationTokenSource();
        var receiving = ConnectorsCommand.Start(
            workspace.Args("receive", "sample-receiver", "--property", "listenAddress=127.0.0.1", "--property", $"port={port}", "--property", "connectionName=inbound", "--to", workspace.InboxFolder),
            stop.Token);
        await Workspace.WaitUntilListeningAsync(port, receiving, Patience);

        var tested = await ConnectorsCommand.RunAsync(workspace.Args("profiles", "test", "partner"));
        await stop.CancelAsync();
        await receiving.Completion.WaitAsync(Patience);

        Assert.True(tested.ExitCode == 0, $"a working profile should pass:{Environment.NewLine}{tested.All}");
        foreach (var stage in new[] { "resolve", "connect", "authenticate" })
        {
            var line = tested.Output.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith(stage + " ", StringComparison.Ordinal));
            Assert.True(line is not null && line.Contains("passed", StringComparison.Ordinal) && line.Contains(" ms", StringComparison.Ordinal), $"stage {stage} should pass with its time:{Environment.NewLine}{tested.All}");
        }
    }

    [Fact]
    public async Task A_closed_port_fails_at_connect_with_the_keys_to_fix()
    {
        using var workspace = new Workspace();
        workspace.WriteSampleProfile("partner", Workspace.FreePort(), "alice", "Some-Pass-3");

        var tested = await ConnectorsCommand.RunAsync(workspace.Args("profiles", "test", "partner"));

        Assert.True(tested.ExitCode == 4, $"a refused connection is a connection error (4):{Environment.NewLine}{tested.All}");
        Assert.True(tested.Output.Contains("failed at connect", StringComparison.Ordinal), $"the failed stage should be named:{Environment.NewLine}{tested.All}");
        Assert.True(tested.Output.Contains("Fix: /host, /port", StringComparison.Ordinal), $"the keys to fix should be listed:{Environment.NewLine}{tested.All}");
        Assert.True(!tested.All.Contains("Some-Pass-3", StringComparison.Ordinal), $"the password must never be printed:{Environment.NewLine}{tested.All}");
    }
}
