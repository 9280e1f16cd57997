using Connectors.Mft;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Hosting.Running;
using Connectors.Sdk.State;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.Mft;

/// <summary>
/// The MFT side of the benchmark as a platform hosts it: an operations folder (<c>profiles/</c>,
/// <c>tasks/</c>), SQLite state and the MFT module with its endpoints.
/// </summary>
internal sealed class MftSite : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public MftSite(string root)
    {
        Root = root;
        Directory.CreateDirectory(Profiles);
        Directory.CreateDirectory(Tasks);
        var services = new ServiceCollection();
        services.AddConnectors(c => c.UseFileOperations(Profiles, watch: false).UseSqliteState(Path.Combine(root, "state")).AddMft());
        _services = services.BuildServiceProvider();
    }

    public string Root { get; }

    public string Profiles => Path.Combine(Root, "profiles");

    public string Tasks => Path.Combine(Root, "tasks");

    public ConnectorRunner Runner => _services.GetRequiredService<ConnectorRunner>();

    public IStateStore State => _services.GetRequiredService<IStateStore>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
