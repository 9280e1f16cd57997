using Connectors.Sdk.Hosting.State.Postgres;
using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.Tests.State;

/// <summary>A fresh schema on the shared test server, and a spool folder deleted after the test.</summary>
public sealed class PostgresBackend(PostgresServer server) : IStateStoreBackend
{
    private readonly DirectoryInfo _spool = Directory.CreateTempSubdirectory("connectors-pg-spool-");

    public string Schema { get; } = "test_" + Guid.NewGuid().ToString("N");

    public async Task<IStateStore> OpenAsync(TimeProvider clock) =>
        await PostgresStateStore.OpenAsync(
            new PostgresStateStoreOptions { ConnectionString = server.ConnectionString, Schema = Schema, SpoolDirectory = _spool.FullName },
            clock);

    public ValueTask CloseAsync(IStateStore store) => ((PostgresStateStore)store).DisposeAsync();

    public Task RestartAsync() => server.RestartAsync();

    public ValueTask DisposeAsync()
    {
        _spool.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
