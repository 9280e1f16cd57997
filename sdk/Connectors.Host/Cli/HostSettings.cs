namespace Connectors.Host.Cli;

/// <summary>The folders one invocation works with, resolved from the global options and the environment.</summary>
/// <param name="OperationsFolder">Holds <c>profiles/</c>, <c>listeners/</c> and <c>tasks/</c>.</param>
/// <param name="StateFolder">Holds the SQLite database and the spool.</param>
/// <param name="PluginsFolder">Connector plug-ins to load, if any.</param>
/// <param name="Verbose">Show stack traces and informational logs.</param>
internal sealed record HostSettings(string OperationsFolder, string StateFolder, string? PluginsFolder, bool Verbose)
{
    public string ProfilesFolder => Path.Combine(OperationsFolder, "profiles");

    public string ListenersFolder => Path.Combine(OperationsFolder, "listeners");

    public string TasksFolder => Path.Combine(OperationsFolder, "tasks");

    /// <summary>What relative <c>deliverTo</c> folders of listeners are relative to.</summary>
    public string OperationsParent =>
        Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(OperationsFolder)) ?? OperationsFolder;
}
