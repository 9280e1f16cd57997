using Connectors.Sdk.Hosting.State.Postgres;
using Npgsql;

namespace Connectors.Sdk.Hosting.Tests.State.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class When_stores_share_a_server(PostgresServer server) : IAsyncLifetime
{
    private readonly PostgresBackend _first = new(server);
    private readonly PostgresBackend _second = new(server);

    [Fact]
    public async Task Each_schema_keeps_its_own_state()
    {
        var first = await _first.OpenAsync(TimeProvider.System);
        var second = await _second.OpenAsync(TimeProvider.System);
        try
        {
            await first.Outbound.EnqueueAsync(Samples.Outbound("only-in-first"), CancellationToken.None);

            var inSecond = await second.Outbound.ListAsync(Samples.Channel, null, CancellationToken.None);

            Expect.Equal(0, inSecond.Count, "a store saw the items of a store in another schema");
        }
        finally
        {
            await _first.CloseAsync(first);
            await _second.CloseAsync(second);
        }
    }

    [Fact]
    public async Task A_schema_from_a_newer_version_is_refused()
    {
        var store = await _first.OpenAsync(TimeProvider.System);
        await _first.CloseAsync(store);
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"INSERT INTO {_first.Schema}.schema_version (version, applied_at) VALUES (99, now());", connection);
            await command.ExecuteNonQueryAsync();
        }

        var error = await Expect.ThrowsAsync<InvalidOperationException>(
            () => _first.OpenAsync(TimeProvider.System),
            "opening a schema written by a newer version should be refused");

        Expect.True(error.Message.Contains("newer", StringComparison.Ordinal), $"the refusal should say the schema is newer, not: {error.Message}");
    }

    [Fact]
    public async Task A_schema_name_that_is_not_a_plain_identifier_is_refused()
    {
        var options = new PostgresStateStoreOptions
        {
            ConnectionString = server.ConnectionString,
            Schema = "state; DROP TABLE x",
            SpoolDirectory = Path.GetTempPath(),
        };

        await Expect.ThrowsAsync<ArgumentException>(
            () => PostgresStateStore.OpenAsync(options),
            "a schema name that would have to be quoted in SQL should be refused");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }
}
