using Connectors.Host.Cli;
using Connectors.Sdk.Hosting.Operations;

namespace Connectors.Host.Api;

/// <summary>The task files of the operations folder's <c>tasks/</c>, by name.</summary>
internal static class KnownTasks
{
    public static IReadOnlyList<string> Names(HostSettings settings) =>
        Directory.Exists(settings.TasksFolder)
            ? Directory.EnumerateFiles(settings.TasksFolder, "*.json").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal).ToList()
            : [];

    public static bool Exists(HostSettings settings, string name) =>
        ProfileName.IsValid(name) && File.Exists(Path.Combine(settings.TasksFolder, name + ".json"));
}
