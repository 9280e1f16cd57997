using Connectors.Sdk.State;
using Microsoft.Data.Sqlite;

namespace Connectors.Sdk.Hosting.State.Sqlite;

/// <summary>The outbound queue in the <c>outbound_items</c> table.</summary>
internal sealed class SqliteOutboundQueue(SqliteConnectionFactory connections, SqliteWriteQueue writes, TimeProvider clock) : IOutboundQueue
{
    private const string Columns = "id, channel, partner, payload_path, payload, headers, state, attempts, next_attempt_at, last_error, created_at, updated_at";

    public async Task EnqueueAsync(OutboundItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var now = SqliteValues.Now(clock);
        await writes.WriteAsync(
            async (connection, transaction, _) =>
            {
                using var command = SqliteConnectionFactory.CreateCommand(connection, transaction);
                command.CommandText = $"""
                    INSERT INTO outbound_items ({Columns})
                    VALUES ($id, $channel, $partner, $payload_path, $payload, $headers, $state, $attempts, $next_attempt_at, $last_error, $created_at, $updated_at)
                    ON CONFLICT (id) DO NOTHING;
                    """;
                command.Add("$id", item.Id);
                command.Add("$channel", item.Channel);
                command.Add("$partner", item.Partner);
                command.Add("$payload_path", item.PayloadPath);
                command.Add("$payload", item.Payload?.ToArray());
                command.Add("$headers", SqliteValues.Dictionary(item.Headers));
                command.Add("$state", item.State.ToString());
                command.Add("$attempts", item.Attempts);
                command.Add("$next_attempt_at", SqliteValues.Time(SqliteValues.OrNow(item.NextAttemptAt, now)));
                command.Add("$last_error", item.LastError);
                command.Add("$created_at", SqliteValues.Time(SqliteValues.OrNow(item.CreatedAt, now)));
                command.Add("$updated_at", SqliteValues.Time(SqliteValues.OrNow(item.UpdatedAt, now)));
                await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public async Task<OutboundItem?> LeaseNextAsync(string channel, string? partner, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var now = SqliteValues.Now(clock);
        return await writes.WriteAsync(
            async (connection, transaction, _) =>
            {
                using var command = SqliteConnectionFactory.CreateCommand(connection, transaction);

                // One statement chooses and takes the item: SQLite runs it under the write lock, so two
                // callers can never both take the same item.
                command.CommandText = $"""
                    UPDATE outbound_items
                    SET state = 'InFlight', lease_expires_at = $lease_expires_at, updated_at = $now
                    WHERE seq = (
                        SELECT seq FROM outbound_items
                        WHERE channel = $channel
                          AND ($partner IS NULL OR partner = $partner)
                          AND ((state = 'Queued' AND next_attempt_at <= $now)
                            OR (state = 'InFlight' AND (lease_expires_at IS NULL OR lease_expires_at <= $now)))
                        ORDER BY created_at, seq
                        LIMIT 1)
                    RETURNING {Columns};
                    """;
                command.Add("$channel", channel);
                command.Add("$partner", partner);
                command.Add("$now", SqliteValues.Time(now));
                command.Add("$lease_expires_at", SqliteValues.Time(now + lease));
                var leased = await command.ReadAllAsync(reader => StateRows.Outbound(new SqliteRow(reader)), cancellationToken);
                return leased.Count == 0 ? null : leased[0];
            },
            cancellationToken);
    }

    public async Task MarkSentAsync(string id, CancellationToken cancellationToken)
    {
        await writes.WriteAsync(
            async (connection, transaction, _) =>
            {
                using var command = SqliteConnectionFactory.CreateCommand(connection, transaction);
                command.CommandText = """
                    UPDATE outbound_items
                    SET state = 'Sent', payload = NULL, lease_expires_at = NULL, updated_at = $now
                    WHERE id = $id;
                    """;
                command.Add("$id", id);
                command.Add("$now", SqliteValues.Time(SqliteValues.Now(clock)));
                await ExecuteOnExistingItemAsync(command, id, cancellationToken);
            },
            cancellationToken);
    }

    public async Task MarkAttemptFailedAsync(string id, string error, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken)
    {
        await writes.WriteAsync(
            async (connection, transaction, _) =>
            {
                using var command = SqliteConnectionFactory.CreateCommand(connection, transaction);
                command.CommandText = """
                    UPDATE outbound_items
                    SET attempts = attempts + 1,
                        last_error = $error,
                        state = $state,
                        next_attempt_at = COALESCE($next_attempt_at, next_attempt_at),
                        lease_expires_at = NULL,
                        updated_at = $now
                    WHERE id = $id;
                    """;
                command.Add("$id", id);
                command.Add("$error", error);
                command.Add("$state", (nextAttemptAt is null ? OutboundState.Failed : OutboundState.Queued).ToString());
                command.Add("$next_attempt_at", SqliteValues.Time(nextAttemptAt));
                command.Add("$now", SqliteValues.Time(SqliteValues.Now(clock)));
                await ExecuteOnExistingItemAsync(command, id, cancellationToken);
            },
            cancellationToken);
    }

    public async Task<OutboundItem?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForReadingAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM outbound_items WHERE id = $id;";
        command.Add("$id", id);
        var found = await command.ReadAllAsync(reader => StateRows.Outbound(new SqliteRow(reader)), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<OutboundItem>> ListAsync(string channel, OutboundState? state, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForReadingAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM outbound_items
            WHERE channel = $channel AND ($state IS NULL OR state = $state)
            ORDER BY created_at, seq;
            """;
        command.Add("$channel", channel);
        command.Add("$state", state?.ToString());
        return await command.ReadAllAsync(reader => StateRows.Outbound(new SqliteRow(reader)), cancellationToken);
    }

    private static async Task ExecuteOnExistingItemAsync(SqliteCommand command, string id, CancellationToken cancellationToken)
    {
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new KeyNotFoundException($"There is no outbound item with id '{id}'.");
        }
    }
}
