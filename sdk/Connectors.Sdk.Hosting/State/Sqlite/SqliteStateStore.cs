using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.State.Sqlite;

/// <summary>
/// The embedded state store: one SQLite database file in write-ahead-log mode, every write synced
/// to disk before its method returns; concurrent writes share a commit (<see cref="SqliteWriteQueue"/>).
/// Open it with <see cref="OpenAsync"/>, which creates or upgrades the schema.
/// </summary>
/// <remarks>
/// Timestamps are kept to the millisecond, in UTC. Creation times the caller leaves at their
/// default (an item's <c>CreatedAt</c>, an entry's <c>ReceivedAt</c>, a run's <c>StartedAt</c>, ...)
/// are stamped with the store's clock.
/// </remarks>
public sealed class SqliteStateStore : IStateStore, IDisposable, IAsyncDisposable
{
    private readonly SqliteConnectionFactory _connections;
    private readonly SqliteWriteQueue _writes;

    private SqliteStateStore(SqliteConnectionFactory connections, string databasePath, string spoolDirectory, TimeProvider clock)
    {
        _connections = connections;
        _writes = new SqliteWriteQueue(connections.OpenAsync);
        DatabasePath = databasePath;
        SpoolDirectory = spoolDirectory;
        Outbound = new SqliteOutboundQueue(connections, _writes, clock);
        Deliveries = new SqliteDeliveryTracker(connections, _writes, clock);
        Inbox = new SqliteInbox(connections, _writes, clock);
        Checkpoints = new SqliteCheckpointStore(connections, _writes, clock);
        JobLog = new SqliteJobLog(connections, _writes, clock);
    }

    public IOutboundQueue Outbound { get; }

    public IDeliveryTracker Deliveries { get; }

    public IInbox Inbox { get; }

    public ICheckpointStore Checkpoints { get; }

    public IJobLog JobLog { get; }

    public string SpoolDirectory { get; }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Opens (creating when missing) the database and spool folder, and brings the schema up to date.</summary>
    /// <param name="options">Where the database and the spool folder are.</param>
    /// <param name="clock">The clock that stamps and schedules; the system clock when null.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    public static async Task<SqliteStateStore> OpenAsync(SqliteStateStoreOptions options, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath, $"{nameof(options)}.{nameof(options.DatabasePath)}");
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.BusyTimeout, TimeSpan.Zero, $"{nameof(options)}.{nameof(options.BusyTimeout)}");
        clock ??= TimeProvider.System;

        var databasePath = Path.GetFullPath(options.DatabasePath);
        var databaseFolder = Path.GetDirectoryName(databasePath)!;
        Directory.CreateDirectory(databaseFolder);
        var spoolDirectory = Path.GetFullPath(options.SpoolDirectory ?? Path.Combine(databaseFolder, "spool"));
        Directory.CreateDirectory(spoolDirectory);

        var connections = new SqliteConnectionFactory(databasePath, options.BusyTimeout);
        await SqliteSchema.MigrateAsync(connections, clock, cancellationToken);
        return new SqliteStateStore(connections, databasePath, spoolDirectory, clock);
    }

    /// <summary>Finishes the queued writes and closes the pooled connections to the file; the store is not used afterwards.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        await _writes.DisposeAsync().ConfigureAwait(false);
        _connections.ClearPool();
    }
}
