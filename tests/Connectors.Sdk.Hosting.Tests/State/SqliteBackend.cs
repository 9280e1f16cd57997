using Connectors.Sdk.Hosting.State.Sqlite;
using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.Tests.State;

/// <summary>A fresh database file in a folder of its own, deleted after the test.</summary>
public sealed class SqliteBackend : IStateStoreBackend
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("connectors-sqlite-");

    public string DatabasePath => Path.Combine(_folder.FullName, "state.db");

    public async Task<IStateStore> OpenAsync(TimeProvider clock) =>
        await SqliteStateStore.OpenAsync(new SqliteStateStoreOptions { DatabasePath = DatabasePath }, clock);

    public ValueTask CloseAsync(IStateStore store) => ((SqliteStateStore)store).DisposeAsync();

    // Nothing outlives the process but the file, and closing the stores closed it.
    public Task RestartAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync()
    {
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
