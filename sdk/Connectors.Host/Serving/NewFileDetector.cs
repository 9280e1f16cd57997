using Connectors.Mft.Endpoints;

namespace Connectors.Host.Serving;

/// <summary>
/// Tells which listed files are new and finished: a file counts once it is listed with the same size and
/// time in two polls running, so a file still being written does not start a task. A file handled once
/// counts again only when it changes, or after it was gone and came back.
/// </summary>
internal sealed class NewFileDetector(IReadOnlyDictionary<string, (long Size, DateTimeOffset? Modified)>? handledBefore = null)
{
    private Dictionary<string, (long Size, DateTimeOffset? Modified)> _previous = new(StringComparer.Ordinal);
    private Dictionary<string, (long Size, DateTimeOffset? Modified)> _handled = new(handledBefore ?? new Dictionary<string, (long, DateTimeOffset?)>(), StringComparer.Ordinal);

    /// <summary>The files handled and still there, by path: what a restarted trigger must not start the task for again.</summary>
    public IReadOnlyDictionary<string, (long Size, DateTimeOffset? Modified)> HandledFiles => _handled;

    /// <summary>The files of this poll that are ready and not handled yet.</summary>
    public IReadOnlyList<RemoteFile> Observe(IReadOnlyList<RemoteFile> listed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        var ready = listed
            .Where(file => _previous.TryGetValue(file.Path, out var before) && before == (file.Size, file.Modified))
            .Where(file => !_handled.TryGetValue(file.Path, out var handled) || handled != (file.Size, file.Modified))
            .ToList();
        _previous = listed.ToDictionary(file => file.Path, file => (file.Size, file.Modified), StringComparer.Ordinal);
        _handled = _handled.Where(entry => _previous.ContainsKey(entry.Key)).ToDictionary(StringComparer.Ordinal);
        return ready;
    }

    public void Handled(IEnumerable<RemoteFile> files)
    {
        foreach (var file in files)
        {
            _handled[file.Path] = (file.Size, file.Modified);
        }
    }
}
