using Connectors.Mft.Tasks;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Hosting.Running;
using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Connectors.Mft.Tests.Tasks.Fixtures;

/// <summary>
/// A throw-away host for MFT runs: a profiles folder, an SQLite state store, source and destination
/// folders as <c>mft-local</c> endpoints, and the real connector runner with <c>AddMft()</c>.
/// </summary>
public sealed class MftWorkspace : IAsyncDisposable
{
    private readonly Action<ConnectorsBuilder>? _configure;
    private ServiceProvider? _services;

    public MftWorkspace(Action<ConnectorsBuilder>? configure = null)
    {
        _configure = configure;
        Root = Path.Combine(Path.GetTempPath(), "connectors-mft-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(ProfilesFolder);
        Directory.CreateDirectory(SourceFolder);
        Directory.CreateDirectory(DestinationFolder);
        WriteLocalEndpoint("source", SourceFolder);
        WriteLocalEndpoint("destination", DestinationFolder);
    }

    public string Root { get; }

    public string ProfilesFolder => Path.Combine(Root, "operations", "profiles");

    public string StateFolder => Path.Combine(Root, "state");

    public string SourceFolder => Path.Combine(Root, "source");

    public string DestinationFolder => Path.Combine(Root, "destination");

    public IStateStore State => Services.GetRequiredService<IStateStore>();

    private ServiceProvider Services => _services ??= Build();

    public void WriteLocalEndpoint(string name, string folder) =>
        WriteProfile(name, new JObject { ["type"] = "mft-local", ["root"] = folder });

    public void WritePgpKey(string name, string? publicKeyFile, string? privateKeyFile = null, string? passphrase = null)
    {
        var profile = new JObject { ["type"] = "pgp-key" };
        if (publicKeyFile is not null)
        {
            profile["publicKeyFile"] = publicKeyFile;
        }

        if (privateKeyFile is not null)
        {
            profile["privateKeyFile"] = privateKeyFile;
        }

        if (passphrase is not null)
        {
            profile["passphrase"] = passphrase;
        }

        WriteProfile(name, profile);
    }

    public void WriteProfile(string name, JObject profile)
    {
        if (_services is not null)
        {
            throw new InvalidOperationException("profiles are read when the first run starts; write them before");
        }

        File.WriteAllText(Path.Combine(ProfilesFolder, name + ".json"), profile.ToString());
    }

    /// <summary>Writes <paramref name="content"/> as a source file and returns its full path.</summary>
    public string WriteSource(string relativePath, byte[] content)
    {
        var path = Path.Combine(SourceFolder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>A definition from source/ to destination/ of everything, waiting a moment only.</summary>
    public static JObject Definition(string name = "Test.Transfer") => new()
    {
        ["name"] = name,
        ["source"] = new JObject { ["endpoint"] = "source", ["filter"] = "*", ["waitMinutes"] = 0 },
        ["destination"] = new JObject { ["endpoint"] = "destination" },
    };

    /// <summary>Starts a new run the way the host does: the run recorded with its definition frozen, then the runner.</summary>
    public async Task<(string RunId, TaskRunResult Result)> RunAsync(JObject definition)
    {
        var runId = "run-" + Guid.NewGuid().ToString("N")[..8];
        await State.Checkpoints.CreateRunAsync(
            new TaskRunRecord { RunId = runId, TaskName = (string)definition["name"]!, DefinitionJson = definition.ToString(), StartedAt = DateTimeOffset.UtcNow },
            CancellationToken.None);
        return (runId, await RestartAsync(runId));
    }

    /// <summary>Runs the stored run again under its id with its frozen definition.</summary>
    public async Task<TaskRunResult> RestartAsync(string runId)
    {
        var run = await State.Checkpoints.GetRunAsync(runId, CancellationToken.None) ?? throw new InvalidOperationException($"no run {runId}");
        var context = new TaskRunContext(run.TaskName, run.RunId, State.Checkpoints, State.JobLog);
        return await Services.GetRequiredService<ConnectorRunner>().RunTaskAsync(MftTask.TaskDescriptor.Id, JObject.Parse(run.DefinitionJson), context, CancellationToken.None);
    }

    public Task<IReadOnlyList<StepCheckpoint>> StepsAsync(string runId) => State.Checkpoints.GetStepsAsync(runId, CancellationToken.None);

    /// <summary>The run's job log, one line per entry: <c>[step] message file</c>.</summary>
    public async Task<IReadOnlyList<JobLogEntry>> LogAsync(string runId) =>
        (await State.JobLog.ReadAsync(runId, 0, CancellationToken.None)).Select(e => e.Entry).ToList();

    public static string Describe(IEnumerable<JobLogEntry> log) =>
        string.Join(Environment.NewLine, log.Select(e => $"{e.Level} [{e.Step}] {e.Message} {e.File} {e.Bytes}"));

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned with the temp folder later.
        }
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddConnectors(c =>
        {
            c.UseFileOperations(ProfilesFolder, watch: false).UseSqliteState(StateFolder).AddMft();
            _configure?.Invoke(c);
        });
        return services.BuildServiceProvider();
    }
}
