using Connectors.Sdk.State;
using Microsoft.Data.Sqlite;

namespace Connectors.Sdk.Hosting.State.Sqlite;

/// <summary>Deliveries awaiting their acknowledgement, in the <c>deliveries</c> table.</summary>
internal sealed class SqliteDeliveryTracker(SqliteConnectionFactory connections, SqliteWriteQueue writes, TimeProvider clock) : IDeliveryTracker
{
    private const string Columns = "correlation_id, channel, partner, match_key, state, reason_code, reason, bytes, details, created_at, completed_at";

    public async Task TrackAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await writes.WriteAsync(
            async (connection, transaction, _) =>
            {
                using var command = SqliteConnectionFactory.CreateCommand(connection, transaction);
                command.CommandText = $"""
                    INSERT INTO deliveries ({Columns})
                    VALUES ($correlation_id, $channel, $partner, $match_key, $state, $reason_code, $reason, $bytes, $details, $created_at, $completed_at)
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
                    """;
                command.Add("$correlation_id", record.CorrelationId);
                command.Add("$channel", record.Channel);
                command.Add("$partner", record.Partner);
                command.Add("$match_key", record.MatchKey);
                command.Add("$state", record.State.ToString());
                command.Add("$reason_code", record.ReasonCode);
                command.Add("$reason", record.Reason);
                command.Add("$bytes", record.Bytes);
                command.Add("$details", SqliteValues.Dictionary(record.Details));
                command.Add("$created_at", SqliteValues.Time(SqliteValues.OrNow(record.CreatedAt, SqliteValues.Now(clock))));
                command.Add("$completed_at", SqliteValues.Time(record.CompletedAt));
                await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public async Task<DeliveryRecord?> CompleteAsync(string channel, string partner, string matchKey, DeliveryState state, string? reasonCode, string? reason, CancellationToken cancellationToken)
    {
        if (state == DeliveryState.Pending)
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "A delivery is completed with a final state, not Pending.");
        }

        return await writes.WriteAsync(
            async (connection, transaction, _) =>
            {
                using var command = SqliteConnectionFactory.CreateCommand(connection, transaction);

                // Choosing and completing in one statement, under the write lock, completes each pending
                // delivery once even when the same acknowledgement arrives twice at the same moment. Should
                // the same file be pending twice, the older one is the one acknowledged.
                command.CommandText = $"""
                    UPDATE deliveries
                    SET state = $state, reason_code = $reason_code, reason = $reason, completed_at = $now
                    WHERE seq = (
                        SELECT seq FROM deliveries
                        WHERE channel = $channel AND partner = $partner AND match_key = $match_key AND state = 'Pending'
                        ORDER BY created_at, seq
                        LIMIT 1)
                    RETURNING {Columns};
                    """;
                command.Add("$channel", channel);
                command.Add("$partner", partner);
                command.Add("$match_key", matchKey);
                command.Add("$state", state.ToString());
                command.Add("$reason_code", reasonCode);
                command.Add("$reason", reason);
                command.Add("$now", SqliteValues.Time(SqliteValues.Now(clock)));
                var completed = await command.ReadAllAsync(reader => StateRows.Delivery(new SqliteRow(reader)), cancellationToken);
                return completed.Count == 0 ? null : completed[0];
            },
            cancellationToken);
    }

    public async Task<DeliveryRecord?> GetAsync(string correlationId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForReadingAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM deliveries WHERE correlation_id = $correlation_id;";
        command.Add("$correlation_id", correlationId);
        var found = await command.ReadAllAsync(reader => StateRows.Delivery(new SqliteRow(reader)), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<DeliveryRecord>> ListPendingAsync(string channel, string? partner, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForReadingAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM deliveries
            WHERE channel = $channel AND ($partner IS NULL OR partner = $partner) AND state = 'Pending'
            ORDER BY created_at, seq;
            """;
        command.Add("$channel", channel);
        command.Add("$partner", partner);
        return await command.ReadAllAsync(reader => StateRows.Delivery(new SqliteRow(reader)), cancellationToken);
    }
}
