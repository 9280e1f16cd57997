using System.Globalization;
using Connectors.Sdk.Hosting.State.Sqlite;

namespace Connectors.Sdk.Hosting.Tests.State.Sqlite;

public sealed class When_the_database_file_is_opened : IAsyncLifetime
{
    private readonly SqliteBackend _backend = new();
    private SqliteStateStore _store = null!;

    public async Task InitializeAsync() => _store = (SqliteStateStore)await _backend.OpenAsync(TimeProvider.System);

    [Fact]
    public async Task It_uses_write_ahead_logging()
    {
        var mode = await QueryAsync(new SqliteConnectionFactory(_store.DatabasePath, TimeSpan.FromSeconds(30)), "PRAGMA journal_mode;");

        Expect.Equal("wal", mode, "the database should be in write-ahead-log mode, so readers do not wait for writers");
    }

    [Fact]
    public async Task Every_connection_syncs_each_commit_to_disk_and_waits_for_busy_writers()
    {
        var connections = new SqliteConnectionFactory(_store.DatabasePath, TimeSpan.FromSeconds(7));

        // 2 is FULL: a commit is on the disk before the method that made it returns.
        Expect.Equal("2", await QueryAsync(connections, "PRAGMA synchronous;"), "connections should commit with synchronous = FULL");
        Expect.Equal("7000", await QueryAsync(connections, "PRAGMA busy_timeout;"), "connections should wait for another writer for the busy timeout");
    }

    [Fact]
    public async Task The_schema_version_is_recorded()
    {
        var version = await QueryAsync(new SqliteConnectionFactory(_store.DatabasePath, TimeSpan.FromSeconds(30)), "SELECT MAX(version) FROM schema_version;");

        Expect.Equal(SqliteSchema.LatestVersion.ToString(CultureInfo.InvariantCulture), version, "the schema version should be recorded in the database");
    }

    [Fact]
    public async Task A_database_of_the_first_version_is_upgraded_and_keeps_what_it_holds()
    {
        var connections = new SqliteConnectionFactory(_store.DatabasePath, TimeSpan.FromSeconds(30));
        await _store.Outbound.EnqueueAsync(new global::Connectors.Sdk.State.OutboundItem { Id = "before", Channel = "ota-sender", Partner = "globex", PayloadPath = "/spool/before" }, CancellationToken.None);
        await QueryAsync(connections, "ALTER TABLE outbound_items DROP COLUMN payload;");
        await QueryAsync(connections, "DELETE FROM schema_version WHERE version > 1;");
        await _store.DisposeAsync();

        _store = (SqliteStateStore)await _backend.OpenAsync(TimeProvider.System);
        await _store.Outbound.EnqueueAsync(new global::Connectors.Sdk.State.OutboundItem { Id = "after", Channel = "ota-sender", Partner = "globex", PayloadPath = "", Payload = new byte[] { 1, 2, 3 } }, CancellationToken.None);

        var before = Expect.NotNull(await _store.Outbound.GetAsync("before", CancellationToken.None), "an item queued before the upgrade should still be there");
        var after = Expect.NotNull(await _store.Outbound.GetAsync("after", CancellationToken.None), "an item with its payload in the row should be stored after the upgrade");
        Expect.True(before.PayloadPath == "/spool/before" && before.Payload is null, "the older item should keep its spool path and have no payload in the row");
        Expect.True(after.Payload is { } payload && payload.Span.SequenceEqual(new byte[] { 1, 2, 3 }), "the upgraded table should keep a payload in the row");
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused()
    {
        var connections = new SqliteConnectionFactory(_store.DatabasePath, TimeSpan.FromSeconds(30));
        await QueryAsync(connections, "INSERT INTO schema_version (version, applied_at) VALUES (99, '2031-01-01T00:00:00.000Z');");
        await _store.DisposeAsync();

        var error = await Expect.ThrowsAsync<InvalidOperationException>(
            () => _backend.OpenAsync(TimeProvider.System),
            "opening a database written by a newer version should be refused");

        Expect.True(error.Message.Contains("newer", StringComparison.Ordinal), $"the refusal should say the database is newer, not: {error.Message}");
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _backend.DisposeAsync();
    }

    private static async Task<string?> QueryAsync(SqliteConnectionFactory connections, string sql)
    {
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return Convert.ToString(value, CultureInfo.InvariantCulture);
    }
}
