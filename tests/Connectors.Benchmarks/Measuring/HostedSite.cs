using Connectors.Sdk.Hosting.Operations;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Hosting.Running;
using Connectors.Sdk.Hosting.Sinks;
using Connectors.Sdk.State;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Connectors.Benchmarks.Measuring;

/// <summary>
/// One side of a benchmark as a platform hosts it: an operations folder (<c>profiles/</c>, <c>tasks/</c>),
/// SQLite state, an inbox folder, and the connectors <c>addConnectors</c> registers.
/// </summary>
internal sealed class HostedSite : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public HostedSite(string root, Action<ConnectorsBuilder> addConnectors)
    {
        Root = root;
        Directory.CreateDirectory(Profiles);
        Directory.CreateDirectory(Tasks);
        var services = new ServiceCollection();
        services.AddConnectors(c =>
        {
            c.UseFileOperations(Profiles, watch: false).UseSqliteState(Path.Combine(root, "state"));
            addConnectors(c);
        });
        _services = services.BuildServiceProvider();
    }

    public string Root { get; }

    public string Profiles => Path.Combine(Root, "profiles");

    public string Tasks => Path.Combine(Root, "tasks");

    public string Inbox => Path.Combine(Root, "inbox");

    public ConnectorRunner Runner => _services.GetRequiredService<ConnectorRunner>();

    public IStateStore State => _services.GetRequiredService<IStateStore>();

    public void WriteProfile(string name, JObject profile)
    {
        File.WriteAllText(Path.Combine(Profiles, name + ".json"), profile.ToString());
        _services.GetRequiredService<FileOperationsStore>().Reload();
    }

    /// <summary>The durable folder sink a host gives the receiver <paramref name="receiverId"/>.</summary>
    public async Task<FolderSink> OpenSinkAsync(string receiverId) =>
        await FolderSink.OpenAsync(Inbox, receiverId, State.Inbox, CancellationToken.None);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
