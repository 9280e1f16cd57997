using Connectors.Host.Api;
using Connectors.Sdk.Hosting.Events;
using Connectors.Sdk.Hosting.Plugins;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Cli;

/// <summary>How every command composes its services: built-in connectors, plug-ins, profiles, state, logging.</summary>
internal static class ConnectorServices
{
    /// <summary>Plug-in modules loaded by the last composition, for the logs of <c>serve</c>.</summary>
    public static IReadOnlyList<string> Add(IServiceCollection services, CliApplication application, HostSettings settings, TextWriter log, LogLevel minimumLevel, bool watchProfiles)
    {
        services.AddLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(new TextWriterLoggerProvider(log, settings.Verbose));
            logging.SetMinimumLevel(minimumLevel);
        });

        IReadOnlyList<string> modules = [];
        services.AddConnectors(connectors =>
        {
            BuiltInConnectors.Add(connectors);
            application.EmbeddedConnectors?.Invoke(connectors);
            if (settings.PluginsFolder is { } plugins)
            {
                modules = connectors.LoadFrom(plugins);
            }

            if (Directory.Exists(settings.ProfilesFolder))
            {
                connectors.UseFileOperations(settings.ProfilesFolder, watchProfiles);
            }
            else
            {
                connectors.Services.AddSingleton<IOperationsStore>(new MissingOperationsStore(settings.ProfilesFolder));
            }

            connectors.UseSqliteState(settings.StateFolder);

            // The host's own profile types: keys of the REST API, and webhooks that receive events.
            connectors.AddProfileType<ApiKeyProfile>();
            connectors.UseWebhookEvents();
        });
        return modules;
    }

    /// <summary>A service provider for one command that runs and ends (everything but <c>serve</c>).</summary>
    public static ServiceProvider Build(CliApplication application, HostSettings settings)
    {
        var services = new ServiceCollection();

        // A command reports refused profiles itself where they matter; the store's own warnings would
        // repeat them on every command that merely loads the folder.
        var minimum = settings.Verbose ? LogLevel.Information : LogLevel.Warning;
        Add(services, application, settings, application.Error, minimum, watchProfiles: false);
        if (!settings.Verbose)
        {
            services.AddLogging(logging => logging.AddFilter("Connectors.Sdk.Hosting.Operations", LogLevel.Error));
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
    }
}
