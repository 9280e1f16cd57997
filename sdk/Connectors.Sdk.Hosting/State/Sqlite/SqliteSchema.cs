using Microsoft.Data.Sqlite;

namespace Connectors.Sdk.Hosting.State.Sqlite;

/// <summary>Creates the tables of a new database and brings an older one up to date.</summary>
internal static class SqliteSchema
{
    /// <summary>Each entry upgrades the schema by one version; entries are only ever appended.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE outbound_items (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            channel TEXT NOT NULL,
            partner TEXT NOT NULL,
            payload_path TEXT NOT NULL,
            headers TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt_at TEXT NOT NULL,
            lease_expires_at TEXT,
            last_error TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX outbound_items_by_channel ON outbound_items (channel, state, created_at, seq);

        CREATE TABLE deliveries (
            seq INTEGER PRIMARY KEY,
            correlation_id TEXT NOT NULL UNIQUE,
            channel TEXT NOT NULL,
            partner TEXT NOT NULL,
            match_key TEXT NOT NULL,
            state TEXT NOT NULL,
            reason_code TEXT,
            reason TEXT,
            bytes INTEGER NOT NULL,
            details TEXT NOT NULL,
            created_at TEXT NOT NULL,
            completed_at TEXT
        ) STRICT;
        CREATE INDEX deliveries_by_match_key ON deliveries (channel, partner, match_key, state);
        CREATE INDEX deliveries_by_state ON deliveries (channel, state, created_at);

        CREATE TABLE inbox_entries (
            seq INTEGER PRIMARY KEY,
            delivery_id TEXT NOT NULL UNIQUE,
            channel TEXT NOT NULL,
            partner TEXT NOT NULL,
            duplicate_key TEXT NOT NULL,
            payload_path TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            headers TEXT NOT NULL,
            received_at TEXT NOT NULL,
            acknowledged INTEGER NOT NULL,
            UNIQUE (channel, partner, duplicate_key)
        ) STRICT;
        CREATE INDEX inbox_entries_unacknowledged ON inbox_entries (channel, partner, acknowledged, received_at);

        CREATE TABLE task_runs (
            seq INTEGER PRIMARY KEY,
            run_id TEXT NOT NULL UNIQUE,
            task_name TEXT NOT NULL,
            definition_json TEXT NOT NULL,
            state TEXT NOT NULL,
            failed_step TEXT,
            error TEXT,
            started_at TEXT NOT NULL,
            ended_at TEXT
        ) STRICT;
        CREATE INDEX task_runs_newest ON task_runs (task_name, started_at);
        CREATE INDEX task_runs_newest_of_all ON task_runs (started_at);

        CREATE TABLE step_checkpoints (
            run_id TEXT NOT NULL REFERENCES task_runs (run_id) ON DELETE CASCADE,
            step_index INTEGER NOT NULL,
            step TEXT NOT NULL,
            state TEXT NOT NULL,
            inputs_json TEXT NOT NULL,
            outputs_json TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            resume_offset INTEGER NOT NULL,
            error TEXT,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            PRIMARY KEY (run_id, step_index)
        ) STRICT;

        -- AUTOINCREMENT: a sequence number is never handed out twice, so a reader following a run
        -- by "lines after N" can never miss a line.
        CREATE TABLE job_log (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id TEXT NOT NULL,
            step TEXT,
            level TEXT NOT NULL,
            message TEXT NOT NULL,
            file TEXT,
            bytes INTEGER,
            bytes_per_second REAL,
            at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX job_log_by_run ON job_log (run_id, sequence);
        """,
        """
        ALTER TABLE outbound_items ADD COLUMN payload BLOB;
        """,
    ];

    public static int LatestVersion => Migrations.Length;

    public static async Task MigrateAsync(SqliteConnectionFactory connections, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await UseWriteAheadLogAsync(connection, cancellationToken);

        await using var transaction = SqliteConnectionFactory.BeginWrite(connection);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL) STRICT;", cancellationToken);

        var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The state database '{connection.DataSource}' has schema version {current}, newer than the {LatestVersion} this version of the connectors knows; it was written by a newer version and is left untouched.");
        }

        for (var version = current + 1; version <= LatestVersion; version++)
        {
            await ExecuteAsync(connection, transaction, Migrations[version - 1], cancellationToken);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($version, $applied_at);";
            record.Add("$version", version);
            record.Add("$applied_at", SqliteValues.Time(clock.GetUtcNow()));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Write-ahead logging lets readers go on while a writer commits, and is a setting of the file,
    /// so it is made once here. A file system that cannot do it is reported rather than worked around.
    /// </summary>
    private static async Task UseWriteAheadLogAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        var mode = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The state database '{connection.DataSource}' could not use write-ahead logging (journal mode is '{mode}'); put it on a local file system.");
        }
    }

    private static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
