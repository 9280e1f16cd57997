using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests;

public sealed class When_the_port_is_closed
{
    [Fact]
    public async Task Send_exits_4_and_points_at_host_and_port()
    {
        using var workspace = new Workspace();
        workspace.WriteSampleProfile("partner", Workspace.FreePort(), "alice", "Some-Pass-3");
        var file = workspace.WriteFile("payload.txt", "hello");

        var sent = await ConnectorsCommand.RunAsync(workspace.Args("send", "sample-sender", "--file", file, "--property", "connectionName=partner"));

        Assert.True(sent.ExitCode == 4, $"a refused connection is a connection error (4):{Environment.NewLine}{sent.All}");
        Assert.True(sent.Error.Contains("/host, /port", StringComparison.Ordinal), $"the error should say which keys to check:{Environment.NewLine}{sent.All}");
        Assert.True(!sent.All.Contains("Some-Pass-3", StringComparison.Ordinal), $"the password must never be printed:{Environment.NewLine}{sent.All}");
    }
}
