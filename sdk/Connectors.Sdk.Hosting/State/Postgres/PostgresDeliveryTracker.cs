using Connectors.Sdk.State;
using Npgsql;

namespace Connectors.Sdk.Hosting.State.Postgres;

/// <summary>Deliveries awaiting their acknowledgement, in the <c>deliveries</c> table.</summary>
internal sealed class PostgresDeliveryTracker(NpgsqlDataSource dataSource, TimeProvider clock) : IDeliveryTracker
{
    private const string Columns = "correlation_id, channel, partner, match_key, state, reason_code, reason, bytes, details, created_at, completed_at";

    public async Task TrackAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO deliveries ({Columns})
            VALUES (@correlation_id, @channel, @partner, @match_key, @state, @reason_code, @reason, @bytes, @details, @created_at, @completed_at)
            ON CONFLICT (correlation_id) DO UPDATE SET
                channel = excluded.channel,
                partner = excluded.partner,
                match_key = excluded.match_key,
                state = excluded.state,
                reason_code = excluded.reason_code,
                reason = excluded.reason,
                bytes = excluded.bytes,
                details = excluded.details,
                created_at = excluded.created_at,
                completed_at = excluded.completed_at;
            """);
        command.AddText("correlation_id", record.CorrelationId);
        command.AddText("channel", record.Channel);
        command.AddText("partner", record.Partner);
        command.AddText("match_key", record.MatchKey);
        command.AddText("state", record.State.ToString());
        command.AddText("reason_code", record.ReasonCode);
        command.AddText("reason", record.Reason);
        command.AddBigint("bytes", record.Bytes);
        command.AddText("details", PostgresValues.Dictionary(record.Details));
        command.AddTime("created_at", PostgresValues.OrNow(record.CreatedAt, PostgresValues.Now(clock)));
        command.AddTime("completed_at", record.CompletedAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DeliveryRecord?> CompleteAsync(string channel, string partner, string matchKey, DeliveryState state, string? reasonCode, string? reason, CancellationToken cancellationToken)
    {
        if (state == DeliveryState.Pending)
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "A delivery is completed with a final state, not Pending.");
        }

        // The pending row is chosen and locked in one statement, so an acknowledgement arriving
        // twice at once (two sessions of the partner, two hosts) completes the delivery only once.
        // Should the same file be pending twice, the older one is the one acknowledged.
        await using var command = dataSource.CreateCommand($"""
            UPDATE deliveries
            SET state = @state, reason_code = @reason_code, reason = @reason, completed_at = @now
            WHERE seq = (
                SELECT seq FROM deliveries
                WHERE channel = @channel AND partner = @partner AND match_key = @match_key AND state = 'Pending'
                ORDER BY created_at, seq
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING {Columns};
            """);
        command.AddText("channel", channel);
        command.AddText("partner", partner);
        command.AddText("match_key", matchKey);
        command.AddText("state", state.ToString());
        command.AddText("reason_code", reasonCode);
        command.AddText("reason", reason);
        command.AddTime("now", PostgresValues.Now(clock));
        var completed = await command.ReadAllAsync(reader => StateRows.Delivery(new PostgresRow(reader)), cancellationToken);
        return completed.Count == 0 ? null : completed[0];
    }

    public async Task<DeliveryRecord?> GetAsync(string correlationId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM deliveries WHERE correlation_id = @correlation_id;");
        command.AddText("correlation_id", correlationId);
        var found = await command.ReadAllAsync(reader => StateRows.Delivery(new PostgresRow(reader)), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<DeliveryRecord>> ListPendingAsync(string channel, string? partner, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT {Columns} FROM deliveries
            WHERE channel = @channel AND (@partner IS NULL OR partner = @partner) AND state = 'Pending'
            ORDER BY created_at, seq;
            """);
        command.AddText("channel", channel);
        command.AddText("partner", partner);
        return await command.ReadAllAsync(reader => StateRows.Delivery(new PostgresRow(reader)), cancellationToken);
    }
}
