using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests;

public sealed class When_a_listener_cannot_start
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task It_is_logged_with_its_file_name_and_the_others_run()
    {
        using var workspace = new Workspace();
        var port = Workspace.FreePort();
        workspace.WriteSampleProfile("inbound", port, "dave", "Pass-4");
        workspace.WriteListener("a-not-json", "{ this is not json");
        workspace.WriteListener("b-unknown-connector", """{ "connector": "no-such-receiver", "deliverTo": "inbox" }""");
        workspace.WriteListener("c-port-taken", $$"""{ "connector": "sample-receiver", "properties": { "listenAddress": "127.0.0.1", "port": {{port}}, "connectionName": "inbound" }, "deliverTo": "inbox" }""");
        workspace.WriteListener("d-good", $$"""{ "connector": "sample-receiver", "properties": { "listenAddress": "127.0.0.1", "port": {{port}}, "connectionName": "inbound" }, "deliverTo": "inbox" }""");
        using var stop = new CancellationTokenSource();

        var serving = ConnectorsCommand.Start(workspace.Args("serve"), stop.Token);
        await serving.WaitForAsync("a-not-json.json", Patience);
        await serving.WaitForAsync("b-unknown-connector.json", Patience);
        await Workspace.WaitUntilListeningAsync(port, serving, Patience);
        await serving.WaitForLineAsync(SharedPortRefused, "which listener found its port taken", Patience);
        await stop.CancelAsync();
        var served = await serving.Completion.WaitAsync(Patience);

        Assert.True(served.ExitCode == 0, $"serve should run on and exit 0 when stopped:{Environment.NewLine}{served.All}");
        Assert.True(served.Output.Contains("no-such-receiver", StringComparison.Ordinal), $"the log should say which connector is unknown:{Environment.NewLine}{served.All}");
        Assert.True(served.Output.Split('\n').Count(SharedPortRefused) == 1, $"exactly one of the two listeners on the port should fail, logged with its file name:{Environment.NewLine}{served.All}");
    }

    private static bool SharedPortRefused(string line) =>
        line.Contains("cannot start", StringComparison.Ordinal)
        && (line.Contains("c-port-taken.json", StringComparison.Ordinal) || line.Contains("d-good.json", StringComparison.Ordinal));
}
