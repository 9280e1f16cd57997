using System.CommandLine;
using System.CommandLine.Invocation;
using Connectors.Host.Commands;
using Connectors.Sdk.Hosting.Registration;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary>
/// The <c>connectors</c> command: builds the command tree and runs one command line, returning its
/// exit code. Runs against the process's console, or in-process against given writers.
/// </summary>
internal sealed class CliApplication
{
    // Wide enough that tables written to a file or a pipe do not wrap.
    private const int RedirectedWidth = 200;

    private readonly bool _handleSignals;

    private CliApplication(IAnsiConsole console, TextWriter output, TextWriter error, bool interactive, bool handleSignals, Func<string, string?> environment, Action<ConnectorsBuilder>? embeddedConnectors = null)
    {
        EmbeddedConnectors = embeddedConnectors;
        Console = console;
        Output = output;
        Error = error;
        Interactive = interactive;
        _handleSignals = handleSignals;
        Globals = new GlobalOptions(environment);
    }

    public IAnsiConsole Console { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public bool Interactive { get; }

    public GlobalOptions Globals { get; }

    /// <summary>Connectors an embedding process adds beside the built-in ones and the plug-ins.</summary>
    public Action<ConnectorsBuilder>? EmbeddedConnectors { get; }

    /// <summary>The process's console; Ctrl+C and SIGTERM cancel the running command.</summary>
    public static CliApplication ForConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Out) });
        var terminal = !System.Console.IsOutputRedirected;
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        var interactive = terminal && console.Profile.Capabilities.Interactive;
        return new CliApplication(console, System.Console.Out, System.Console.Error, interactive, handleSignals: true, Environment.GetEnvironmentVariable);
    }

    /// <summary>
    /// In-process: output and errors go to the writers (which must tolerate concurrent writes), the
    /// environment is read through <paramref name="environment"/>, and only the token passed to
    /// <see cref="RunAsync"/> stops a command. <paramref name="embeddedConnectors"/> registers connectors
    /// of the embedding process beside the built-in ones and the plug-ins.
    /// </summary>
    public static CliApplication ForWriters(TextWriter output, TextWriter error, Func<string, string?>? environment = null, Action<ConnectorsBuilder>? embeddedConnectors = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = RedirectedWidth;
        return new CliApplication(console, output, error, interactive: false, handleSignals: false, environment ?? (_ => null), embeddedConnectors);
    }

    public RootCommand BuildRootCommand()
    {
        var root = new RootCommand(
            "Lists, checks and runs the connectors of the connector pack: send and receive files, run tasks, serve listeners."
            + Environment.NewLine + Environment.NewLine + ExitCodes.Describe());
        foreach (var option in Globals.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(ListCommand.Create(this));
        root.Subcommands.Add(SchemaCommand.Create(this));
        root.Subcommands.Add(ProfilesCommand.Create(this));
        root.Subcommands.Add(SendCommand.Create(this));
        root.Subcommands.Add(ReceiveCommand.Create(this));
        root.Subcommands.Add(TaskCommand.Create(this));
        root.Subcommands.Add(ServeCommand.Create(this));
        return root;
    }

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        var parse = BuildRootCommand().Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = Output,
            Error = Error,
            EnableDefaultExceptionHandler = false,

            // A receiver or a host may need a moment to close its connections and commit what it holds.
            ProcessTerminationTimeout = _handleSignals ? TimeSpan.FromSeconds(30) : null,
        };

        if (parse.Action is ParseErrorAction)
        {
            // The parser prints the errors and the command's help; its own exit code (1) would
            // read as an unexpected failure.
            await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            return (int)ExitCode.Usage;
        }

        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sets the action of <paramref name="command"/>: runs <paramref name="body"/> and turns whatever
    /// it throws into an exit code and one clear message.
    /// </summary>
    /// <param name="stopIsSuccess">Whether Ctrl+C is the normal way to end the command (receive, serve).</param>
    public void SetAction(Command command, Func<CommandContext, CancellationToken, Task<ExitCode>> body, bool stopIsSuccess = false)
    {
        command.SetAction(async (parse, cancellationToken) =>
        {
            HostSettings settings;
            try
            {
                settings = Globals.Read(parse);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return (int)FailureReport.Report(new UsageException($"a folder option is not a valid path: {e.Message}", e), Error, verbose: false);
            }

            var context = new CommandContext(this, parse, settings);
            await using (context.ConfigureAwait(false))
            {
                try
                {
                    return (int)await body(context, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    if (stopIsSuccess)
                    {
                        return (int)ExitCode.Success;
                    }

                    await Error.WriteLineAsync("error: cancelled before it finished").ConfigureAwait(false);
                    return (int)ExitCode.Cancelled;
                }
                catch (Exception e)
                {
                    return (int)FailureReport.Report(e, Error, settings.Verbose);
                }
            }
        });
    }
}
