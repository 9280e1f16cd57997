using Connectors.Sdk.Hosting.Catalog;
using Connectors.Sdk.Hosting.Operations;
using Connectors.Sdk.Hosting.State;
using Connectors.Sdk.Hosting.State.Sqlite;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.Sdk.Hosting.Registration;

public static class EmbeddedStoresExtensions
{
    /// <summary>Uses a folder of JSON profile files as the operations store, reloaded when files change.</summary>
    public static ConnectorsBuilder UseFileOperations(this ConnectorsBuilder builder, string profilesFolder, bool watch = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(sp => new FileOperationsStore(
            profilesFolder,
            sp.GetServices<ProfileTypeRegistration>(),
            sp.GetService<ILogger<FileOperationsStore>>(),
            watch));
        builder.Services.AddSingleton<IOperationsStore>(sp => sp.GetRequiredService<FileOperationsStore>());
        return builder;
    }

    /// <summary>
    /// Uses an SQLite database (<c>state.db</c>) and a spool folder in <paramref name="databaseFolder"/>
    /// as the durable state store. Both are created, and the schema brought up to date, when a
    /// service first needs the store, so commands that never touch state leave no files behind.
    /// </summary>
    public static ConnectorsBuilder UseSqliteState(this ConnectorsBuilder builder, string databaseFolder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseFolder);
        var folder = Path.GetFullPath(databaseFolder);

        // Dependency injection has no asynchronous factories; opening runs once, at first use, and
        // SQLite completes its asynchronous calls synchronously anyway.
        builder.Services.AddSingleton(_ => SqliteStateStore.OpenAsync(new SqliteStateStoreOptions
        {
            DatabasePath = Path.Combine(folder, "state.db"),
            SpoolDirectory = Path.Combine(folder, "spool"),
        }).GetAwaiter().GetResult());
        builder.Services.AddSingleton<IStateStore>(sp => new DeferredStateStore(sp.GetRequiredService<SqliteStateStore>));
        return builder;
    }
}
