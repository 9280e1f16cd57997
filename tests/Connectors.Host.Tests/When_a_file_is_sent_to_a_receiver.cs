using System.Text;
using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests;

public sealed class When_a_file_is_sent_to_a_receiver
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Send_exits_0_and_the_receiver_delivers_the_file_once()
    {
        using var workspace = new Workspace();
        var port = Workspace.FreePort();
        workspace.WriteSampleProfile("inbound", port, "alice", "Right-Pass-1");
        workspace.WriteSampleProfile("partner", port, "alice", "Right-Pass-1");
        var content = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"line {i}\n"));
        var file = workspace.WriteFile("invoice-001.txt", content);
        using var stop = new CancellationTokenSource();

        var receiving = ConnectorsCommand.Start(
            workspace.Args("receive", "sample-receiver", "--property", "listenAddress=127.0.0.1", "--property", $"port={port}", "--property", "connectionName=inbound", "--to", workspace.InboxFolder),
            stop.Token);
        await Workspace.WaitUntilListeningAsync(port, receiving, Patience);

        var sent = await ConnectorsCommand.RunAsync(workspace.Args("send", "sample-sender", "--file", file, "--property", "connectionName=partner", "--correlation-id", "corr-42"));

        Assert.True(sent.ExitCode == 0, $"send should exit 0:{Environment.NewLine}{sent.All}");
        Assert.True(sent.Output.Contains("delivered", StringComparison.Ordinal), $"the receipt should say delivered:{Environment.NewLine}{sent.All}");
        Assert.True(sent.Output.Contains("corr-42", StringComparison.Ordinal), $"the receipt should carry the correlation id:{Environment.NewLine}{sent.All}");
        await receiving.WaitForAsync("delivered 'invoice-001.txt'", Patience);
        await stop.CancelAsync();
        var received = await receiving.Completion.WaitAsync(Patience);
        Assert.True(received.ExitCode == 0, $"receive should exit 0 when stopped:{Environment.NewLine}{received.All}");

        var delivered = Directory.EnumerateFiles(workspace.InboxFolder, "*", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + ".", StringComparison.Ordinal))
            .ToList();
        Assert.True(delivered.Count == 1, $"exactly one file should be delivered, found: {string.Join(", ", delivered)}");
        Assert.True(delivered[0] == Path.Combine(workspace.InboxFolder, "inbound", "invoice-001.txt"), $"the file should land in the partner's folder under its name, not {delivered[0]}");
        Assert.True(File.ReadAllText(delivered[0], Encoding.UTF8) == content, "the delivered file should equal the sent one byte for byte");
    }
}
