using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests;

public sealed class When_the_password_is_wrong
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Send_exits_5_without_printing_either_password()
    {
        using var workspace = new Workspace();
        var port = Workspace.FreePort();
        workspace.WriteSampleProfile("inbound", port, "alice", "Expected-Pass-9");
        workspace.WriteSampleProfile("partner", port, "alice", "Wrong-Pass-55");
        var file = workspace.WriteFile("payload.txt", "hello");
        using var stop = new CancellationTokenSource();
        var receiving = ConnectorsCommand.Start(
            workspace.Args("receive", "sample-receiver", "--property", "listenAddress=127.0.0.1", "--property", $"port={port}", "--property", "connectionName=inbound", "--to", workspace.InboxFolder),
            stop.Token);
        await Workspace.WaitUntilListeningAsync(port, receiving, Patience);

        var sent = await ConnectorsCommand.RunAsync(workspace.Args("send", "sample-sender", "--file", file, "--property", "connectionName=partner"));
        await stop.CancelAsync();
        var received = await receiving.Completion.WaitAsync(Patience);

        Assert.True(sent.ExitCode == 5, $"a denied login is an authentication error (5):{Environment.NewLine}{sent.All}");
        Assert.True(sent.Error.Contains("/password", StringComparison.Ordinal), $"the error should point at the password key:{Environment.NewLine}{sent.All}");
        foreach (var secret in new[] { "Wrong-Pass-55", "Expected-Pass-9" })
        {
            Assert.True(!sent.All.Contains(secret, StringComparison.Ordinal), $"send must not print a password:{Environment.NewLine}{sent.All}");
            Assert.True(!received.All.Contains(secret, StringComparison.Ordinal), $"receive must not print a password:{Environment.NewLine}{received.All}");
        }

        Assert.True(!Directory.Exists(Path.Combine(workspace.InboxFolder, "inbound")), "nothing should be delivered after a denied login");
    }
}
