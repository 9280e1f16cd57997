using System.CommandLine;
using Connectors.Host.Api;
using Connectors.Host.Cli;
using Connectors.Host.Serving;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Profiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Commands;

/// <summary>
/// <c>connectors serve</c>: a web host that runs every listener of the operations folder until stopped.
/// It is a web host so HTTP endpoints can join it; it binds no port unless URLs are configured.
/// </summary>
internal static partial class ServeCommand
{
    public static Command Create(CliApplication application)
    {
        var urls = new Option<string?>("--urls")
        {
            Description = "URLs to serve /health and the REST API on, e.g. http://127.0.0.1:8080 (env ASPNETCORE_URLS, or \"urls\" in the operations folder's host.json); none by default.",
            HelpName = "urls",
        };
        var command = new Command("serve", "Run every listener of listeners/ and trigger of triggers/ in the operations folder, and the REST API when --urls is given, until Ctrl+C or SIGTERM; profile changes apply without a restart.")
        {
            urls,
        };
        application.SetAction(
            command,
            async (context, cancellationToken) =>
            {
                var app = Build(context, context.GetValue(urls));
                await using (app.ConfigureAwait(false))
                {
                    await app.RunAsync(cancellationToken).ConfigureAwait(false);
                    return ExitCode.Success;
                }
            },
            stopIsSuccess: true);
        return command;
    }

    private static WebApplication Build(CommandContext context, string? urls)
    {
        var settings = context.Settings;
        if (!Directory.Exists(settings.OperationsFolder))
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"the operations folder '{settings.OperationsFolder}' does not exist; set --operations or {GlobalOptions.OperationsVariable}");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(ServeCommand).Assembly.GetName().Name,
            ContentRootPath = settings.OperationsFolder,
        });
        var modules = ConnectorServices.Add(builder.Services, context.Application, settings, context.Out, settings.Verbose ? LogLevel.Debug : LogLevel.Information, watchProfiles: true);
        builder.Logging.AddFilter("Microsoft", settings.Verbose ? LogLevel.Information : LogLevel.Warning);

        // host.json in the operations folder may set "urls", as ASPNETCORE_URLS and --urls do.
        builder.Configuration.AddJsonFile("host.json", optional: true, reloadOnChange: false);
        builder.Services.AddSingleton(settings);
        builder.Services.AddConnectorsApi();
        urls ??= builder.Configuration["urls"];
        var bound = !string.IsNullOrWhiteSpace(urls);
        if (bound)
        {
            builder.WebHost.UseUrls(urls!);
        }
        else
        {
            builder.Services.AddSingleton<IServer, NoEndpointsServer>();
        }

        builder.Services.AddSingleton<IHostLifetime, CommandLineLifetime>();
        builder.Services.Configure<HostOptions>(options =>
        {
            options.ServicesStartConcurrently = true;
            options.ServicesStopConcurrently = true;
            options.ShutdownTimeout = TimeSpan.FromSeconds(25);

            // Listeners report their own failures; one failing must not stop the host.
            options.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore;
        });

        var refusedListeners = new List<(string Source, string Reason)>();
        foreach (var listener in ListenerFiles(settings, refusedListeners))
        {
            builder.Services.AddSingleton<IHostedService>(services => ActivatorUtilities.CreateInstance<ListenerService>(services, listener));
        }

        var refusedTriggers = new List<(string Source, string Reason)>();
        foreach (var trigger in TriggerFiles(settings, refusedTriggers))
        {
            builder.Services.AddSingleton<IHostedService>(services => ActivatorUtilities.CreateInstance<TriggerService>(services, trigger));
        }

        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Connectors.Host.Serve");
        foreach (var module in modules)
        {
            LogModule(logger, module);
        }

        foreach (var (source, reason) in refusedListeners)
        {
            LogListenerRefused(logger, source, reason);
        }

        foreach (var (source, reason) in refusedTriggers)
        {
            LogTriggerRefused(logger, source, reason);
        }

        WatchProfiles(app.Services.GetRequiredService<IOperationsStore>(), logger);
        if (bound)
        {
            app.MapGet("/health", () => Results.Ok(new { status = "serving" }));
            app.MapConnectorsApi();
        }

        LogServing(logger, settings.OperationsFolder, bound ? urls! : "no HTTP endpoint");
        return app;
    }

    private static List<ListenerFile> ListenerFiles(HostSettings settings, List<(string Source, string Reason)> refused)
    {
        var listeners = new List<ListenerFile>();
        if (!Directory.Exists(settings.ListenersFolder))
        {
            refused.Add((settings.ListenersFolder, "the folder does not exist; there is nothing to listen on"));
            return listeners;
        }

        foreach (var path in Directory.EnumerateFiles(settings.ListenersFolder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                listeners.Add(ListenerFile.Load(path, settings));
            }
            catch (ConnectorException e)
            {
                refused.Add((Path.GetFileName(path), e.Message));
            }
        }

        return listeners;
    }

    // Triggers are optional: no folder means none.
    private static List<TriggerFile> TriggerFiles(HostSettings settings, List<(string Source, string Reason)> refused)
    {
        var folder = TriggerFile.FolderOf(settings);
        var triggers = new List<TriggerFile>();
        if (!Directory.Exists(folder))
        {
            return triggers;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                triggers.Add(TriggerFile.Load(path));
            }
            catch (ConnectorException e)
            {
                refused.Add((Path.GetFileName(path), e.Message));
            }
        }

        return triggers;
    }

    // The store reloads itself and logs refused files; this says which profiles came and went, so an
    // operator sees the edit took.
    private static void WatchProfiles(IOperationsStore store, ILogger logger)
    {
        var known = store.List().Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        LogProfiles(logger, known.Count, store.Refused.Select(f => f.Source).Distinct().Count());
        var gate = new Lock();
        store.Changed += (_, _) =>
        {
            lock (gate)
            {
                var now = store.List().Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
                foreach (var name in now.Except(known).Order(StringComparer.Ordinal))
                {
                    LogProfileAdded(logger, name);
                }

                foreach (var name in known.Except(now).Order(StringComparer.Ordinal))
                {
                    LogProfileRemoved(logger, name);
                }

                known = now;
            }
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plug-in module {Module} registered")]
    private static partial void LogModule(ILogger logger, string module);

    [LoggerMessage(Level = LogLevel.Error, Message = "Listener {Source} not started: {Reason}")]
    private static partial void LogListenerRefused(ILogger logger, string source, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Trigger {Source} not started: {Reason}")]
    private static partial void LogTriggerRefused(ILogger logger, string source, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving {Folder} ({Endpoints}); Ctrl+C stops")]
    private static partial void LogServing(ILogger logger, string folder, string endpoints);

    [LoggerMessage(Level = LogLevel.Information, Message = "Profiles loaded: {Count}; files refused: {Refused}")]
    private static partial void LogProfiles(ILogger logger, int count, int refused);

    [LoggerMessage(Level = LogLevel.Information, Message = "Profile {Name} added")]
    private static partial void LogProfileAdded(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Profile {Name} removed")]
    private static partial void LogProfileRemoved(ILogger logger, string name);
}
