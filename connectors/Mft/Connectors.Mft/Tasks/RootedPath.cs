using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tasks;

/// <summary>
/// Checks a task's folder paths before anything is touched: '/'-separated, relative to the endpoint's
/// root, and never above it — whatever the endpoint would make of <c>..</c>.
/// </summary>
internal static class RootedPath
{
    /// <summary>The path without empty and <c>.</c> segments and with <c>..</c> applied; refused when it climbs above the root.</summary>
    public static string Normalize(string? path, string pointer, string endpoint)
    {
        var segments = new List<string>();
        foreach (var segment in (path ?? string.Empty).Split('/', '\\'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    throw new ConnectorException(
                        ConnectorErrorKind.Configuration,
                        $"{pointer} '{path}' leaves the root of endpoint '{endpoint}'; use a folder inside it",
                        propertyKeys: [pointer]);
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return string.Join('/', segments);
    }

    public static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;
}
