using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.S3;

/// <summary>
/// Turns an endpoint's relative paths into object keys below the profile's root prefix. S3 itself would
/// store a key holding <c>..</c> verbatim, but every other endpoint reads it as "leave the folder", so a
/// task written against any endpoint means the same thing here: such a path is refused.
/// </summary>
internal sealed class S3KeyMap
{
    public S3KeyMap(string root) => RootPrefix = ToPrefix(Segments(root ?? string.Empty));

    /// <summary>The root as a key prefix: empty, or ending with '/'.</summary>
    public string RootPrefix { get; }

    /// <summary>The key of a file.</summary>
    public string KeyOf(string path)
    {
        var segments = Segments(path);
        if (segments.Length == 0)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"path '{path}' names no file");
        }

        return RootPrefix + string.Join('/', segments);
    }

    /// <summary>The prefix that lists a folder: its key and a trailing '/'.</summary>
    public string PrefixOf(string folder) => RootPrefix + ToPrefix(Segments(folder));

    /// <summary>The endpoint-relative path of a key this map produced.</summary>
    public string PathOf(string key) => key[RootPrefix.Length..];

    private static string ToPrefix(string[] segments) => segments.Length == 0 ? string.Empty : string.Join('/', segments) + "/";

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
