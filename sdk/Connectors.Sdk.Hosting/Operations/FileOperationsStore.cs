using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Catalog;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Connectors.Sdk.Hosting.Operations;

/// <summary>
/// The embedded operations store: a folder of JSON profiles, one per file, named by the file.
/// A refused profile does not stop the others; a file added, changed or removed while the host runs
/// is picked up without a restart.
/// </summary>
public sealed class FileOperationsStore : IOperationsStore, IDisposable
{
    private static readonly TimeSpan SettleDelay = TimeSpan.FromMilliseconds(200);

    private readonly ProfileLoader _loader;
    private readonly ILogger _logger;
    private readonly FileSystemWatcher? _watcher;
    private readonly Lock _reloadGate = new();
    private Snapshot _snapshot = Snapshot.Empty;
    private Timer? _pendingReload;

    public FileOperationsStore(string directory, IEnumerable<ProfileTypeRegistration> profileTypes, ILogger<FileOperationsStore>? logger = null, bool watch = true)
    {
        Directory = Path.GetFullPath(directory);
        _loader = new ProfileLoader(profileTypes);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        if (!System.IO.Directory.Exists(Directory))
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"the operations folder '{Directory}' does not exist");
        }

        Reload();
        if (watch)
        {
            _watcher = new FileSystemWatcher(Directory, "*.json") { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            _watcher.Changed += (_, _) => ScheduleReload();
            _watcher.Created += (_, _) => ScheduleReload();
            _watcher.Deleted += (_, _) => ScheduleReload();
            _watcher.Renamed += (_, _) => ScheduleReload();
            _watcher.EnableRaisingEvents = true;
        }
    }

    public string Directory { get; }

    public event EventHandler? Changed;

    public IReadOnlyList<Finding> Refused => _snapshot.Refused;

    /// <summary>Warnings of profiles that loaded (a certificate expiring soon, say).</summary>
    public IReadOnlyList<Finding> Warnings => _snapshot.Warnings;

    public IReadOnlyList<ProfileEntry> List() => _snapshot.Entries.Values.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();

    public ProfileEntry? Find(string name) => _snapshot.Entries.GetValueOrDefault(name);

    public TProfile Get<TProfile>(string name)
        where TProfile : ConnectionProfile
    {
        var snapshot = _snapshot;
        if (snapshot.Entries.TryGetValue(name, out var entry))
        {
            return entry.Profile as TProfile ?? throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"profile '{name}' is of type '{entry.Type}', not the {typeof(TProfile).Name} this connector needs",
                propertyKeys: ["/connectionName"]);
        }

        var refusal = snapshot.Refused.Where(f => Path.GetFileNameWithoutExtension(f.Source) == name).ToList();
        var why = refusal.Count > 0
            ? $"profile '{name}' was refused: {string.Join("; ", refusal.Select(f => $"{f.Pointer} [{f.Rule}] {f.Message}"))}"
            : $"no profile is named '{name}'; known profiles: {(snapshot.Entries.Count == 0 ? "none" : string.Join(", ", snapshot.Entries.Keys.Order(StringComparer.Ordinal)))}";
        throw new ConnectorException(ConnectorErrorKind.Configuration, why, propertyKeys: ["/connectionName"]);
    }

    /// <summary>Reads every profile file again and swaps the result in at once.</summary>
    public void Reload()
    {
        lock (_reloadGate)
        {
            var entries = new Dictionary<string, ProfileEntry>(StringComparer.Ordinal);
            var refused = new List<Finding>();
            var warnings = new List<Finding>();
            foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*.json").Order(StringComparer.Ordinal))
            {
                var (entry, findings) = LoadFile(path);
                if (entry is null)
                {
                    refused.AddRange(findings);
                    foreach (var finding in findings)
                    {
                        _logger.LogWarning("Profile refused: {Finding}", finding);
                    }
                }
                else
                {
                    entries[entry.Name] = entry;
                    warnings.AddRange(findings);
                }
            }

            _snapshot = new Snapshot(entries, refused, warnings);
        }
    }

    /// <summary>Checks one file as the store would load it; the file need not be in the folder.</summary>
    public (ProfileEntry? Entry, IReadOnlyList<Finding> Findings) LoadFile(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            return (null, [new Finding(path, string.Empty, "read", $"cannot be read: {e.Message}")]);
        }

        return _loader.Load(name, json, Path.GetFileName(path));
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _pendingReload?.Dispose();
    }

    // Editors write a file in several steps; wait until the events settle, then reload once.
    private void ScheduleReload()
    {
        lock (_reloadGate)
        {
            _pendingReload?.Dispose();
            _pendingReload = new Timer(_ => ReloadAndNotify(), null, SettleDelay, Timeout.InfiniteTimeSpan);
        }
    }

    private void ReloadAndNotify()
    {
        try
        {
            Reload();
            _logger.LogInformation("Operations folder reloaded: {Count} profiles, {Refused} refused", _snapshot.Entries.Count, _snapshot.Refused.Count);
            Changed?.Invoke(this, EventArgs.Empty);
        }
        catch (IOException e)
        {
            _logger.LogWarning(e, "Operations folder could not be reloaded; keeping the profiles loaded before");
        }
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, ProfileEntry> Entries, IReadOnlyList<Finding> Refused, IReadOnlyList<Finding> Warnings)
    {
        public static readonly Snapshot Empty = new(new Dictionary<string, ProfileEntry>(), [], []);
    }
}
