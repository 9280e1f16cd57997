using System.CommandLine;
using Connectors.Sdk.Hosting.Catalog;
using Connectors.Sdk.Hosting.Running;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary>What one command invocation works with: its parse result, folders, console and services.</summary>
internal sealed class CommandContext(CliApplication application, ParseResult parse, HostSettings settings) : IAsyncDisposable
{
    public CliApplication Application { get; } = application;

    private ServiceProvider? _services;

    public ParseResult Parse { get; } = parse;

    public HostSettings Settings { get; } = settings;

    /// <summary>For tables and progress; escapes nothing, so pass text as <see cref="Text"/>, never as markup.</summary>
    public IAnsiConsole Console => Application.Console;

    /// <summary>The command's result (JSON, receipts): plain text that scripts read.</summary>
    public TextWriter Out => Application.Output;

    /// <summary>Errors and log lines.</summary>
    public TextWriter Error => Application.Error;

    /// <summary>Whether a person watches a terminal, so progress may be drawn.</summary>
    public bool Interactive => Application.Interactive;

    /// <summary>The composed services, built on first use so commands that need none start fast.</summary>
    public IServiceProvider Services => _services ??= ConnectorServices.Build(Application, Settings);

    public ConnectorCatalog Catalog => Services.GetRequiredService<ConnectorCatalog>();

    public ConnectorRunner Runner => Services.GetRequiredService<ConnectorRunner>();

    public T GetValue<T>(Option<T> option) => Parse.GetValue(option)!;

    public T GetValue<T>(Argument<T> argument) => Parse.GetValue(argument)!;

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync().ConfigureAwait(false);
        }
    }
}
