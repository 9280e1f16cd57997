using System.Text.Json;
using Connectors.Host.Tests.Api;
using Connectors.Host.Tests.Fixtures;
using Connectors.Sdk.Hosting.Registration;

namespace Connectors.Host.Tests.Triggers;

/// <summary>
/// A workspace with the two-step task, a local endpoint <c>drop</c>, and the trigger <c>orders.json</c> that
/// starts the task when <c>*.xml</c> files arrive in <c>drop/in</c>, polling every second.
/// </summary>
internal sealed class TriggeredWorkspace : IDisposable
{
    public TriggeredWorkspace()
    {
        File.Delete(ServedApi.WriteTwoStepTask(Workspace));
        Drop = Path.Combine(Workspace.Root, "drop");
        Directory.CreateDirectory(Path.Combine(Drop, "in"));
        Workspace.WriteProfile("drop", $$"""{ "type": "mft-local", "root": {{JsonSerializer.Serialize(Drop)}} }""");
        Directory.CreateDirectory(Path.Combine(Workspace.OperationsFolder, "triggers"));
        File.WriteAllText(
            Path.Combine(Workspace.OperationsFolder, "triggers", "orders.json"),
            """{ "task": "Ops.TwoSteps", "endpoint": "drop", "path": "in", "filter": "*.xml", "pollSeconds": 1 }""");
    }

    public Workspace Workspace { get; } = new();

    /// <summary>The drop endpoint's root; files go into its <c>in</c> folder.</summary>
    public string Drop { get; }

    /// <summary>Starts <c>serve</c> and waits until the trigger watches.</summary>
    public async Task<RunningCli> ServeAsync(CancellationToken stop)
    {
        var serving = ConnectorsCommand.Start(Workspace.Args("serve"), stop, connectors: builder => builder.AddTask<TwoStepTask, TwoStepDefinition>());
        await serving.WaitForAsync("Trigger orders.json: watching", ServedApi.Patience);
        return serving;
    }

    public void Dispose() => Workspace.Dispose();
}
