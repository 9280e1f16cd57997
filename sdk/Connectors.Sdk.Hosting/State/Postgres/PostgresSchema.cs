using System.Text.RegularExpressions;
using Npgsql;

namespace Connectors.Sdk.Hosting.State.Postgres;

/// <summary>Creates the schema and tables of a new store and brings an older one up to date.</summary>
internal static partial class PostgresSchema
{
    /// <summary>Each entry upgrades the schema by one version; entries are only ever appended.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE IF NOT EXISTS outbound_items (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id text NOT NULL UNIQUE,
            channel text NOT NULL,
            partner text NOT NULL,
            payload_path text NOT NULL,
            headers text NOT NULL,
            state text NOT NULL,
            attempts integer NOT NULL,
            next_attempt_at timestamptz NOT NULL,
            lease_expires_at timestamptz,
            last_error text,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL
        );
        CREATE INDEX IF NOT EXISTS outbound_items_by_channel ON outbound_items (channel, state, created_at, seq);

        CREATE TABLE IF NOT EXISTS deliveries (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            correlation_id text NOT NULL UNIQUE,
            channel text NOT NULL,
            partner text NOT NULL,
            match_key text NOT NULL,
            state text NOT NULL,
            reason_code text,
            reason text,
            bytes bigint NOT NULL,
            details text NOT NULL,
            created_at timestamptz NOT NULL,
            completed_at timestamptz
        );
        CREATE INDEX IF NOT EXISTS deliveries_by_match_key ON deliveries (channel, partner, match_key, state);
        CREATE INDEX IF NOT EXISTS deliveries_by_state ON deliveries (channel, state, created_at);

        CREATE TABLE IF NOT EXISTS inbox_entries (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            delivery_id text NOT NULL UNIQUE,
            channel text NOT NULL,
            partner text NOT NULL,
            duplicate_key text NOT NULL,
            payload_path text NOT NULL,
            bytes bigint NOT NULL,
            headers text NOT NULL,
            received_at timestamptz NOT NULL,
            acknowledged boolean NOT NULL,
            UNIQUE (channel, partner, duplicate_key)
        );
        CREATE INDEX IF NOT EXISTS inbox_entries_unacknowledged ON inbox_entries (channel, partner, acknowledged, received_at);

        CREATE TABLE IF NOT EXISTS task_runs (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            run_id text NOT NULL UNIQUE,
            task_name text NOT NULL,
            definition_json text NOT NULL,
            state text NOT NULL,
            failed_step text,
            error text,
            started_at timestamptz NOT NULL,
            ended_at timestamptz
        );
        CREATE INDEX IF NOT EXISTS task_runs_newest ON task_runs (task_name, started_at);
        CREATE INDEX IF NOT EXISTS task_runs_newest_of_all ON task_runs (started_at);

        CREATE TABLE IF NOT EXISTS step_checkpoints (
            run_id text NOT NULL REFERENCES task_runs (run_id) ON DELETE CASCADE,
            step_index integer NOT NULL,
            step text NOT NULL,
            state text NOT NULL,
            inputs_json text NOT NULL,
            outputs_json text NOT NULL,
            bytes bigint NOT NULL,
            resume_offset bigint NOT NULL,
            error text,
            started_at timestamptz NOT NULL,
            ended_at timestamptz,
            PRIMARY KEY (run_id, step_index)
        );

        CREATE TABLE IF NOT EXISTS job_log (
            sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            run_id text NOT NULL,
            step text,
            level text NOT NULL,
            message text NOT NULL,
            file text,
            bytes bigint,
            bytes_per_second double precision,
            at timestamptz NOT NULL
        );
        CREATE INDEX IF NOT EXISTS job_log_by_run ON job_log (run_id, sequence);
        """,
        """
        ALTER TABLE outbound_items ADD COLUMN IF NOT EXISTS payload bytea;
        """,
    ];

    public static int LatestVersion => Migrations.Length;

    /// <summary>Throws unless <paramref name="schema"/> is a plain lower-case identifier, safe to write into SQL unquoted.</summary>
    public static void EnsureValidName(string schema)
    {
        if (!PlainIdentifier().IsMatch(schema))
        {
            throw new ArgumentException(
                $"The schema name '{schema}' is not allowed: use lower-case letters, digits and underscores, starting with a letter or underscore, at most 63 characters.",
                nameof(schema));
        }
    }

    public static async Task MigrateAsync(NpgsqlDataSource dataSource, string schema, TimeProvider clock, CancellationToken cancellationToken)
    {
        EnsureValidName(schema);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Hosts starting together would otherwise race to create the same tables; the lock ends
        // with the transaction.
        await using (var lockSchema = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext(@lock_name));", connection, transaction))
        {
            lockSchema.AddText("lock_name", "connectors-state:" + schema);
            await lockSchema.ExecuteNonQueryAsync(cancellationToken);
        }

        await CreateSchemaAsync(connection, transaction, schema, cancellationToken);
        await ExecuteAsync(connection, transaction, $"SET LOCAL search_path TO {schema};", cancellationToken);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL);", cancellationToken);

        var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The state schema '{schema}' has schema version {current}, newer than the {LatestVersion} this version of the connectors knows; it was written by a newer version and is left untouched.");
        }

        for (var version = current + 1; version <= LatestVersion; version++)
        {
            await ExecuteAsync(connection, transaction, Migrations[version - 1], cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, applied_at) VALUES (@version, @applied_at);", connection, transaction);
            record.AddInteger("version", version);
            record.AddTime("applied_at", clock.GetUtcNow());
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Creates the schema only when it is missing, so a database user without the right to create
    /// schemas can still use one an administrator made for it.
    /// </summary>
    private static async Task CreateSchemaAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = @schema);", connection, transaction);
        exists.AddText("schema", schema);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
        {
            await ExecuteAsync(connection, transaction, $"CREATE SCHEMA {schema};", cancellationToken);
        }
    }

    private static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection, transaction);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainIdentifier();
}
