using Connectors.Oftp2;
using Connectors.Sdk.Hosting.Operations;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Hosting.Running;
using Connectors.Sdk.Hosting.Sinks;
using Connectors.Sdk.State;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Connectors.Benchmarks.Oftp2;

/// <summary>One side of the benchmark as a platform hosts it: operations folder, SQLite state, inbox folder.</summary>
internal sealed class BenchmarkSite : IAsyncDisposable
{
    public const string SenderCode = "O0013000000BENCHSEND";
    public const string ReceiverCode = "O0013000000BENCHRECV";
    public const string SenderPassword = "SENDPASS";
    public const string ReceiverPassword = "RECVPASS";

    private readonly ServiceProvider _services;

    public BenchmarkSite(string root)
    {
        Root = root;
        Directory.CreateDirectory(Profiles);
        var services = new ServiceCollection();
        services.AddConnectors(c => c.UseFileOperations(Profiles, watch: false).UseSqliteState(Path.Combine(root, "state")).AddOftp2());
        _services = services.BuildServiceProvider();
    }

    public string Root { get; }

    public string Profiles => Path.Combine(Root, "profiles");

    public string Inbox => Path.Combine(Root, "inbox");

    public ConnectorRunner Runner => _services.GetRequiredService<ConnectorRunner>();

    public IStateStore State => _services.GetRequiredService<IStateStore>();

    public void WriteProfile(string name, JObject profile)
    {
        File.WriteAllText(Path.Combine(Profiles, name + ".json"), profile.ToString());
        _services.GetRequiredService<FileOperationsStore>().Reload();
    }

    public async Task<FolderSink> OpenSinkAsync() => await FolderSink.OpenAsync(Inbox, "oftp2-receiver", State.Inbox, CancellationToken.None);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
