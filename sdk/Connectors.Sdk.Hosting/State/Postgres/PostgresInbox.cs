using Connectors.Sdk.State;
using Npgsql;

namespace Connectors.Sdk.Hosting.State.Postgres;

/// <summary>
/// Inbound messages in the <c>inbox_entries</c> table, whose UNIQUE (channel, partner, duplicate_key)
/// constraint is what makes a resend recognisable, also across hosts.
/// </summary>
internal sealed class PostgresInbox(NpgsqlDataSource dataSource, TimeProvider clock) : IInbox
{
    private const string Columns = "delivery_id, channel, partner, duplicate_key, payload_path, bytes, headers, received_at, acknowledged";

    public async Task<(InboxEntry Entry, bool IsNew)> CommitAsync(InboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);

        // The row is the entry and its duplicate key together, committed by this one statement. When
        // another commit of the same key is in progress, ON CONFLICT waits for it and then does nothing.
        await using var insert = new NpgsqlCommand($"""
            INSERT INTO inbox_entries ({Columns})
            VALUES (@delivery_id, @channel, @partner, @duplicate_key, @payload_path, @bytes, @headers, @received_at, @acknowledged)
            ON CONFLICT (channel, partner, duplicate_key) DO NOTHING;
            """, connection);
        insert.AddText("delivery_id", entry.DeliveryId);
        insert.AddText("channel", entry.Channel);
        insert.AddText("partner", entry.Partner);
        insert.AddText("duplicate_key", entry.DuplicateKey);
        insert.AddText("payload_path", entry.PayloadPath);
        insert.AddBigint("bytes", entry.Bytes);
        insert.AddText("headers", PostgresValues.Dictionary(entry.Headers));
        insert.AddTime("received_at", PostgresValues.OrNow(entry.ReceivedAt, PostgresValues.Now(clock)));
        insert.AddBoolean("acknowledged", entry.Acknowledged);
        var isNew = await insert.ExecuteNonQueryAsync(cancellationToken) == 1;

        // A separate statement, not a CTE: only a new snapshot, taken after the insert, is sure to
        // see the entry of a commit that won the race a moment ago.
        var stored = await FindAsync(connection, entry.Channel, entry.Partner, entry.DuplicateKey, cancellationToken)
            ?? throw new InvalidOperationException($"The inbox entry '{entry.DeliveryId}' was neither stored nor found.");
        return (stored, isNew);
    }

    public async Task<InboxEntry?> FindAsync(string channel, string partner, string duplicateKey, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, channel, partner, duplicateKey, cancellationToken);
    }

    public async Task MarkAcknowledgedAsync(string deliveryId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE inbox_entries SET acknowledged = true WHERE delivery_id = @delivery_id;");
        command.AddText("delivery_id", deliveryId);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new KeyNotFoundException($"There is no inbox entry with delivery id '{deliveryId}'.");
        }
    }

    public async Task<IReadOnlyList<InboxEntry>> ListUnacknowledgedAsync(string channel, string partner, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT {Columns} FROM inbox_entries
            WHERE channel = @channel AND partner = @partner AND NOT acknowledged
            ORDER BY received_at, seq;
            """);
        command.AddText("channel", channel);
        command.AddText("partner", partner);
        return await command.ReadAllAsync(reader => StateRows.Inbox(new PostgresRow(reader)), cancellationToken);
    }

    private static async Task<InboxEntry?> FindAsync(NpgsqlConnection connection, string channel, string partner, string duplicateKey, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT {Columns} FROM inbox_entries
            WHERE channel = @channel AND partner = @partner AND duplicate_key = @duplicate_key;
            """, connection);
        command.AddText("channel", channel);
        command.AddText("partner", partner);
        command.AddText("duplicate_key", duplicateKey);
        var found = await command.ReadAllAsync(reader => StateRows.Inbox(new PostgresRow(reader)), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }
}
