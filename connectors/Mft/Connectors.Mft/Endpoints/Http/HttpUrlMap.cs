using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.Http;

/// <summary>
/// Turns an endpoint's relative paths into URLs below the base URL and root. Each segment is escaped, so
/// a name can hold spaces, '#' or '?'; a segment of <c>..</c> is refused rather than left for the server
/// to resolve above the root.
/// </summary>
internal sealed class HttpUrlMap
{
    private readonly Uri _root;

    public HttpUrlMap(Uri baseUrl, string root)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var folder = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        _root = new Uri(folder, Escape(Segments(root ?? string.Empty), asFolder: true));
    }

    /// <summary>The root folder's URL, ending with '/'.</summary>
    public Uri Root => _root;

    /// <summary>The URL of a file.</summary>
    public Uri FileOf(string path)
    {
        var segments = Segments(path);
        if (segments.Length == 0)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"path '{path}' names no file");
        }

        return new Uri(_root, Escape(segments, asFolder: false));
    }

    /// <summary>The URL of a folder, ending with '/': what its JSON index is fetched from.</summary>
    public Uri FolderOf(string folder) => new(_root, Escape(Segments(folder), asFolder: true));

    /// <summary>A path relative to the root, as <see cref="RemoteFile.Path"/> shows it.</summary>
    public static string Join(string folder, string name)
    {
        var segments = Segments(folder);
        return segments.Length == 0 ? name : string.Join('/', segments) + "/" + name;
    }

    private static string Escape(string[] segments, bool asFolder)
    {
        var joined = string.Join('/', segments.Select(Uri.EscapeDataString));
        return asFolder && joined.Length > 0 ? joined + "/" : joined;
    }

    private static string[] Segments(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();
        if (segments.Any(s => s == ".." || s.Contains('\\', StringComparison.Ordinal)))
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"path '{path}' leaves the endpoint's root: paths are relative to it and may not contain '..' or '\\'");
        }

        return segments;
    }
}
