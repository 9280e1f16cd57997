using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests;

public sealed class When_a_profile_is_added_while_serving
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_listener_waiting_for_it_starts_and_receives_without_a_restart()
    {
        using var workspace = new Workspace();
        var port = Workspace.FreePort();
        workspace.WriteSampleProfile("partner", port, "carol", "Serve-Pass-2");
        workspace.WriteListener("sample-in", $$"""
            {
              "connector": "sample-receiver",
              "properties": { "listenAddress": "127.0.0.1", "port": {{port}}, "connectionName": "inbound" },
              "deliverTo": "inbox"
            }
            """);
        using var stop = new CancellationTokenSource();
        var serving = ConnectorsCommand.Start(workspace.Args("serve"), stop.Token);
        await serving.WaitForAsync("starts again when the profiles change", Patience);

        workspace.WriteSampleProfile("inbound", port, "carol", "Serve-Pass-2");
        await serving.WaitForAsync("Profile inbound added", Patience);
        await Workspace.WaitUntilListeningAsync(port, serving, Patience);
        var file = workspace.WriteFile("late.txt", "picked up");
        var sent = await ConnectorsCommand.RunAsync(workspace.Args("send", "sample-sender", "--file", file, "--property", "connectionName=partner"));
        await serving.WaitForAsync("delivered 'late.txt'", Patience);
        await stop.CancelAsync();
        var served = await serving.Completion.WaitAsync(Patience);

        Assert.True(sent.ExitCode == 0, $"send should succeed once the listener picked up its profile:{Environment.NewLine}{sent.All}{Environment.NewLine}{served.All}");
        Assert.True(served.ExitCode == 0, $"serve should exit 0 when stopped:{Environment.NewLine}{served.All}");
        Assert.True(served.Output.Contains("sample-in.json", StringComparison.Ordinal), $"the log should name the listener's file:{Environment.NewLine}{served.All}");
        var delivered = Path.Combine(workspace.InboxFolder, "inbound", "late.txt");
        Assert.True(File.Exists(delivered), $"the file should be delivered into the listener's deliverTo folder ({delivered}):{Environment.NewLine}{served.All}");
        Assert.True(!served.All.Contains("Serve-Pass-2", StringComparison.Ordinal), $"serve must not print the password:{Environment.NewLine}{served.All}");
    }
}
