using Connectors.Ota;
using Connectors.Sdk.Hosting.Operations;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Hosting.Running;
using Connectors.Sdk.Hosting.Sinks;
using Connectors.Sdk.State;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Connectors.Benchmarks.Ota;

/// <summary>One side of the OTA benchmark as a platform hosts it: operations folder, SQLite state, inbox.</summary>
internal sealed class OtaBenchmarkSite : IAsyncDisposable
{
    public const string User = "BENCH_EBS";
    public const string Password = "BENCHPW1";

    private readonly ServiceProvider _services;

    public OtaBenchmarkSite(string root)
    {
        Root = root;
        Directory.CreateDirectory(Profiles);
        var services = new ServiceCollection();
        services.AddConnectors(c => c.UseFileOperations(Profiles, watch: false).UseSqliteState(Path.Combine(root, "state")).AddOta());
        _services = services.BuildServiceProvider();
    }

    public string Root { get; }

    public string Profiles => Path.Combine(Root, "profiles");

    public ConnectorRunner Runner => _services.GetRequiredService<ConnectorRunner>();

    public void WriteProfile(string name, JObject profile)
    {
        File.WriteAllText(Path.Combine(Profiles, name + ".json"), profile.ToString());
        _services.GetRequiredService<FileOperationsStore>().Reload();
    }

    public async Task<FolderSink> OpenSinkAsync() =>
        await FolderSink.OpenAsync(Path.Combine(Root, "inbox"), "ota-receiver", _services.GetRequiredService<IStateStore>().Inbox, CancellationToken.None);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
