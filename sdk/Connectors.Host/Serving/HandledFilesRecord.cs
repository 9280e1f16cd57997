using System.Globalization;
using Newtonsoft.Json;

namespace Connectors.Host.Serving;

/// <summary>
/// The files a trigger has started its task for, kept in the state folder (<c>trigger-state/&lt;trigger&gt;.json</c>)
/// so that a restart of <c>serve</c> does not start the task again for files still lying there. Written
/// once the run ended: a stop or crash before that starts the task once more for them rather than never.
/// </summary>
internal sealed class HandledFilesRecord(string path)
{
    public static HandledFilesRecord For(string stateFolder, string triggerSource) =>
        new(Path.Combine(stateFolder, "trigger-state", Path.GetFileNameWithoutExtension(triggerSource) + ".json"));

    /// <summary>The files recorded; none when there is no record yet or it cannot be read (then files waiting start the task again).</summary>
    public Dictionary<string, (long Size, DateTimeOffset? Modified)> Load()
    {
        var handled = new Dictionary<string, (long Size, DateTimeOffset? Modified)>(StringComparer.Ordinal);
        try
        {
            // An entry without a path, or a path twice (a record edited by hand), is skipped, not fatal.
            foreach (var entry in JsonConvert.DeserializeObject<List<Entry?>>(File.ReadAllText(path)) ?? [])
            {
                if (entry?.Path is { Length: > 0 } file)
                {
                    handled.TryAdd(file, (entry.Size, entry.Modified));
                }
            }
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            handled.Clear();
        }

        return handled;
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
