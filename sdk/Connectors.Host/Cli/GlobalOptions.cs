using System.CommandLine;

namespace Connectors.Host.Cli;

/// <summary>
/// Options every command accepts. Each folder falls back to an environment variable, then to a
/// folder under the current directory, so a host set up once needs no options at all.
/// </summary>
internal sealed class GlobalOptions
{
    public const string OperationsVariable = "CONNECTORS_OPERATIONS";
    public const string StateVariable = "CONNECTORS_STATE";
    public const string PluginsVariable = "CONNECTORS_PLUGINS";

    public GlobalOptions(Func<string, string?> environment)
    {
        Operations = new Option<string>("--operations")
        {
            Description = $"Operations folder with profiles/, listeners/ and tasks/ (env {OperationsVariable}).",
            HelpName = "folder",
            Recursive = true,
            DefaultValueFactory = _ => NonEmpty(environment(OperationsVariable)) ?? "./operations",
        };
        State = new Option<string>("--state")
        {
            Description = $"Folder of the SQLite state database and spool (env {StateVariable}).",
            HelpName = "folder",
            Recursive = true,
            DefaultValueFactory = _ => NonEmpty(environment(StateVariable)) ?? "./.state",
        };
        Plugins = new Option<string?>("--plugins")
        {
            Description = $"Folder of connector plug-ins to load (env {PluginsVariable}).",
            HelpName = "folder",
            Recursive = true,
            DefaultValueFactory = _ => NonEmpty(environment(PluginsVariable)),
        };
        Verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Show informational logs and the stack trace of a failure.",
            Recursive = true,
        };
    }

    public Option<string> Operations { get; }

    public Option<string> State { get; }

    public Option<string?> Plugins { get; }

    public Option<bool> Verbose { get; }

    public IEnumerable<Option> All => [Operations, State, Plugins, Verbose];

    public HostSettings Read(ParseResult parse) => new(
        Path.GetFullPath(parse.GetValue(Operations)!),
        Path.GetFullPath(parse.GetValue(State)!),
        parse.GetValue(Plugins) is { } plugins ? Path.GetFullPath(plugins) : null,
        parse.GetValue(Verbose));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
