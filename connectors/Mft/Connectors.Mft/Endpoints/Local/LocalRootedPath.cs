using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.Local;

/// <summary>Maps a task path ('/'-separated, relative to the endpoint's root) to a full path that cannot leave the root.</summary>
internal sealed class LocalRootedPath(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Resolve(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var trimmed = relativePath.Replace('\\', '/').TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(Root, trimmed));
        var rootWithSeparator = Root.EndsWith(Path.DirectorySeparatorChar) ? Root : Root + Path.DirectorySeparatorChar;
        if (full != Root && !full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"path '{relativePath}' leaves the endpoint's root {Root}; use a path inside it");
        }

        return full;
    }
}
