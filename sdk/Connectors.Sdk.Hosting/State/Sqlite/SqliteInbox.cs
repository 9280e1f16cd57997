using Connectors.Sdk.State;
using Microsoft.Data.Sqlite;

namespace Connectors.Sdk.Hosting.State.Sqlite;

/// <summary>
/// Inbound messages in the <c>inbox_entries</c> table, whose UNIQUE (channel, partner, duplicate_key)
/// constraint is what makes a resend recognisable.
/// </summary>
internal sealed class SqliteInbox(SqliteConnectionFactory connections, SqliteWriteQueue writes, TimeProvider clock) : IInbox
{
    private const string Columns = "delivery_id, channel, partner, duplicate_key, payload_path, bytes, headers, received_at, acknowledged";

    public async Task<(InboxEntry Entry, bool IsNew)> CommitAsync(InboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // The entry and the answer about it come from one write, so the entry returned for a duplicate
        // is the one that won, whatever else commits at the same moment.
        return await writes.WriteAsync(
            async (connection, transaction, _) =>
            {
                using var insert = SqliteConnectionFactory.CreateCommand(connection, transaction);
                insert.CommandText = $"""
                    INSERT INTO inbox_entries ({Columns})
                    VALUES ($delivery_id, $channel, $partner, $duplicate_key, $payload_path, $bytes, $headers, $received_at, $acknowledged)
                    ON CONFLICT (channel, partner, duplicate_key) DO NOTHING;
                    """;
                insert.Add("$delivery_id", entry.DeliveryId);
                insert.Add("$channel", entry.Channel);
                insert.Add("$partner", entry.Partner);
                insert.Add("$duplicate_key", entry.DuplicateKey);
                insert.Add("$payload_path", entry.PayloadPath);
                insert.Add("$bytes", entry.Bytes);
                insert.Add("$headers", SqliteValues.Dictionary(entry.Headers));
                insert.Add("$received_at", SqliteValues.Time(SqliteValues.OrNow(entry.ReceivedAt, SqliteValues.Now(clock))));
                insert.Add("$acknowledged", entry.Acknowledged);
                var isNew = await insert.ExecuteNonQueryAsync(cancellationToken) == 1;

                var stored = await FindAsync(connection, transaction, entry.Channel, entry.Partner, entry.DuplicateKey, cancellationToken)
                    ?? throw new InvalidOperationException($"The inbox entry '{entry.DeliveryId}' was neither stored nor found.");
                return (stored, isNew);
            },
            cancellationToken);
    }

    public async Task<InboxEntry?> FindAsync(string channel, string partner, string duplicateKey, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForReadingAsync(cancellationToken);
        return await FindAsync(connection, transaction: null, channel, partner, duplicateKey, cancellationToken);
    }

    public async Task MarkAcknowledgedAsync(string deliveryId, CancellationToken cancellationToken)
    {
        await writes.WriteAsync(
            async (connection, transaction, _) =>
            {
                using var command = SqliteConnectionFactory.CreateCommand(connection, transaction);
                command.CommandText = "UPDATE inbox_entries SET acknowledged = 1 WHERE delivery_id = $delivery_id;";
                command.Add("$delivery_id", deliveryId);
                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    throw new KeyNotFoundException($"There is no inbox entry with delivery id '{deliveryId}'.");
                }
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<InboxEntry>> ListUnacknowledgedAsync(string channel, string partner, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForReadingAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM inbox_entries
            WHERE channel = $channel AND partner = $partner AND acknowledged = 0
            ORDER BY received_at, seq;
            """;
        command.Add("$channel", channel);
        command.Add("$partner", partner);
        return await command.ReadAllAsync(reader => StateRows.Inbox(new SqliteRow(reader)), cancellationToken);
    }

    private static async Task<InboxEntry?> FindAsync(SqliteConnection connection, SqliteTransaction? transaction, string channel, string partner, string duplicateKey, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT {Columns} FROM inbox_entries
            WHERE channel = $channel AND partner = $partner AND duplicate_key = $duplicate_key;
            """;
        command.Add("$channel", channel);
        command.Add("$partner", partner);
        command.Add("$duplicate_key", duplicateKey);
        var found = await command.ReadAllAsync(reader => StateRows.Inbox(new SqliteRow(reader)), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }
}
