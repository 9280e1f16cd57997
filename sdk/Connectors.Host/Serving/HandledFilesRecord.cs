using System.Globalization;
using Newtonsoft.Json;

namespace Connectors.Host.Serving;

/// <summary>
/// The files a trigger has started its task for, kept in the state folder (<c>triggers/&lt;trigger&gt;.handled.json</c>)
/// so that a restart of <c>serve</c> does not start the task again for files still lying there. Written
/// after the run is recorded: a crash in between starts the task once more rather than never.
/// </summary>
internal sealed class HandledFilesRecord(string path)
{
    public static HandledFilesRecord For(string stateFolder, string triggerSource) =>
        new(Path.Combine(stateFolder, "triggers", Path.GetFileNameWithoutExtension(triggerSource) + ".handled.json"));

    /// <summary>The files recorded; none when there is no record yet or it cannot be read (then files waiting start the task again).</summary>
    public Dictionary<string, (long Size, DateTimeOffset? Modified)> Load()
    {
        try
        {
            var entries = JsonConvert.DeserializeObject<List<Entry>>(File.ReadAllText(path)) ?? [];
            return entries.ToDictionary(entry => entry.Path, entry => (entry.Size, entry.Modified), StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return new Dictionary<string, (long, DateTimeOffset?)>(StringComparer.Ordinal);
        }
    }

    /// <summary>Replaces the record whole: a new file, flushed, renamed over the old one.</summary>
    public void Save(IReadOnlyDictionary<string, (long Size, DateTimeOffset? Modified)> handled)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var entries = handled.Select(pair => new Entry(pair.Key, pair.Value.Size, pair.Value.Modified)).ToList();
        var temporary = path + "." + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..8] + ".tmp";
        using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(file))
        {
            writer.Write(JsonConvert.SerializeObject(entries, Formatting.Indented));
            writer.Flush();
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private sealed record Entry(string Path, long Size, DateTimeOffset? Modified);
}
