using Connectors.Sdk.State;
using Npgsql;

namespace Connectors.Sdk.Hosting.State.Postgres;

/// <summary>The outbound queue in the <c>outbound_items</c> table, leased by any number of hosts.</summary>
internal sealed class PostgresOutboundQueue(NpgsqlDataSource dataSource, TimeProvider clock) : IOutboundQueue
{
    private const string Columns = "id, channel, partner, payload_path, payload, headers, state, attempts, next_attempt_at, last_error, created_at, updated_at";

    public async Task EnqueueAsync(OutboundItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var now = PostgresValues.Now(clock);
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO outbound_items ({Columns})
            VALUES (@id, @channel, @partner, @payload_path, @payload, @headers, @state, @attempts, @next_attempt_at, @last_error, @created_at, @updated_at)
            ON CONFLICT (id) DO NOTHING;
            """);
        command.AddText("id", item.Id);
        command.AddText("channel", item.Channel);
        command.AddText("partner", item.Partner);
        command.AddText("payload_path", item.PayloadPath);
        command.AddBytes("payload", item.Payload?.ToArray());
        command.AddText("headers", PostgresValues.Dictionary(item.Headers));
        command.AddText("state", item.State.ToString());
        command.AddInteger("attempts", item.Attempts);
        command.AddTime("next_attempt_at", PostgresValues.OrNow(item.NextAttemptAt, now));
        command.AddText("last_error", item.LastError);
        command.AddTime("created_at", PostgresValues.OrNow(item.CreatedAt, now));
        command.AddTime("updated_at", PostgresValues.OrNow(item.UpdatedAt, now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<OutboundItem?> LeaseNextAsync(string channel, string? partner, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var now = PostgresValues.Now(clock);

        // SKIP LOCKED: a host passes over the row another host is taking at this moment and takes
        // the next one, instead of waiting for it or taking it twice.
        await using var command = dataSource.CreateCommand($"""
            UPDATE outbound_items
            SET state = 'InFlight', lease_expires_at = @lease_expires_at, updated_at = @now
            WHERE seq = (
                SELECT seq FROM outbound_items
                WHERE channel = @channel
                  AND (@partner IS NULL OR partner = @partner)
                  AND ((state = 'Queued' AND next_attempt_at <= @now)
                    OR (state = 'InFlight' AND (lease_expires_at IS NULL OR lease_expires_at <= @now)))
                ORDER BY created_at, seq
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING {Columns};
            """);
        command.AddText("channel", channel);
        command.AddText("partner", partner);
        command.AddTime("now", now);
        command.AddTime("lease_expires_at", now + lease);
        var leased = await command.ReadAllAsync(reader => StateRows.Outbound(new PostgresRow(reader)), cancellationToken);
        return leased.Count == 0 ? null : leased[0];
    }

    public async Task MarkSentAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE outbound_items
            SET state = 'Sent', payload = NULL, lease_expires_at = NULL, updated_at = @now
            WHERE id = @id;
            """);
        command.AddText("id", id);
        command.AddTime("now", PostgresValues.Now(clock));
        await ExecuteOnExistingItemAsync(command, id, cancellationToken);
    }

    public async Task MarkAttemptFailedAsync(string id, string error, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE outbound_items
            SET attempts = attempts + 1,
                last_error = @error,
                state = @state,
                next_attempt_at = COALESCE(@next_attempt_at, next_attempt_at),
                lease_expires_at = NULL,
                updated_at = @now
            WHERE id = @id;
            """);
        command.AddText("id", id);
        command.AddText("error", error);
        command.AddText("state", (nextAttemptAt is null ? OutboundState.Failed : OutboundState.Queued).ToString());
        command.AddTime("next_attempt_at", nextAttemptAt);
        command.AddTime("now", PostgresValues.Now(clock));
        await ExecuteOnExistingItemAsync(command, id, cancellationToken);
    }

    public async Task<OutboundItem?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM outbound_items WHERE id = @id;");
        command.AddText("id", id);
        var found = await command.ReadAllAsync(reader => StateRows.Outbound(new PostgresRow(reader)), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<OutboundItem>> ListAsync(string channel, OutboundState? state, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT {Columns} FROM outbound_items
            WHERE channel = @channel AND (@state IS NULL OR state = @state)
            ORDER BY created_at, seq;
            """);
        command.AddText("channel", channel);
        command.AddText("state", state?.ToString());
        return await command.ReadAllAsync(reader => StateRows.Outbound(new PostgresRow(reader)), cancellationToken);
    }

    private static async Task ExecuteOnExistingItemAsync(NpgsqlCommand command, string id, CancellationToken cancellationToken)
    {
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new KeyNotFoundException($"There is no outbound item with id '{id}'.");
        }
    }
}
