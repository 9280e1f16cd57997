using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Connectors.Sdk.Hosting.State.Sqlite;

/// <summary>Opens connections to one database file, each set up for durable writes.</summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _connectionSetup;

    static SqliteConnectionFactory()
    {
        // Microsoft.Data.Sqlite.Core carries no native library of its own: bind the bundled one.
        SQLitePCL.Batteries_V2.Init();
    }

    public SqliteConnectionFactory(string databasePath, TimeSpan busyTimeout)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
        }.ToString();

        // synchronous = FULL: a commit reaches the disk before it returns, because partners are
        // acknowledged on the strength of it. Both settings belong to the connection, not the file.
        _connectionSetup = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA synchronous = FULL; PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON;");
    }

    /// <summary>
    /// A connection for reading. It needs none of the writer's settings: in write-ahead-log mode a reader
    /// neither waits for the writer nor syncs anything, so it skips running them on every read.
    /// </summary>
    public async Task<SqliteConnection> OpenForReadingAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connection for writing: commits synced to disk, waiting for busy writers, foreign keys checked.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            using var setup = connection.CreateCommand();
            setup.CommandText = _connectionSetup;
            await setup.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Begins a transaction that takes the write lock at once: a transaction that reads first and
    /// writes later could find its snapshot outdated by another writer and fail instead of waiting.
    /// </summary>
    public static SqliteTransaction BeginWrite(SqliteConnection connection) => connection.BeginTransaction(deferred: false);

    /// <summary>A command that runs in <paramref name="transaction"/>, as every command of a queued write must.</summary>
    public static SqliteCommand CreateCommand(SqliteConnection connection, SqliteTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Closes the pooled connections, so the file is really closed and reopened next time.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
