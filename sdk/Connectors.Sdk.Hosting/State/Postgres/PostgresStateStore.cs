using Connectors.Sdk.State;
using Npgsql;

namespace Connectors.Sdk.Hosting.State.Postgres;

/// <summary>
/// The shared state store: tables in one PostgreSQL schema, used by any number of hosts at once.
/// Every write is committed before its method returns. Open it with <see cref="OpenAsync"/>, which
/// creates or upgrades the schema.
/// </summary>
/// <remarks>
/// Timestamps are kept to the millisecond, in UTC. Creation times the caller leaves at their
/// default (an item's <c>CreatedAt</c>, an entry's <c>ReceivedAt</c>, a run's <c>StartedAt</c>, ...)
/// are stamped with the store's clock. Leases and back-off are judged by the clock of the host
/// asking, so hosts sharing a database keep their clocks synchronised.
/// </remarks>
public sealed class PostgresStateStore : IStateStore, IDisposable, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    private PostgresStateStore(NpgsqlDataSource dataSource, string schema, string spoolDirectory, TimeProvider clock)
    {
        _dataSource = dataSource;
        Schema = schema;
        SpoolDirectory = spoolDirectory;
        Outbound = new PostgresOutboundQueue(dataSource, clock);
        Deliveries = new PostgresDeliveryTracker(dataSource, clock);
        Inbox = new PostgresInbox(dataSource, clock);
        Checkpoints = new PostgresCheckpointStore(dataSource, clock);
        JobLog = new PostgresJobLog(dataSource, clock);
    }

    public IOutboundQueue Outbound { get; }

    public IDeliveryTracker Deliveries { get; }

    public IInbox Inbox { get; }

    public ICheckpointStore Checkpoints { get; }

    public IJobLog JobLog { get; }

    public string SpoolDirectory { get; }

    /// <summary>The schema holding the tables.</summary>
    public string Schema { get; }

    /// <summary>Connects, creates the schema and its tables when missing (or upgrades them), and creates the spool folder.</summary>
    /// <param name="options">Database, schema and spool folder.</param>
    /// <param name="clock">The clock that stamps and schedules; the system clock when null.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    public static async Task<PostgresStateStore> OpenAsync(PostgresStateStoreOptions options, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString, $"{nameof(options)}.{nameof(options.ConnectionString)}");
        ArgumentException.ThrowIfNullOrWhiteSpace(options.SpoolDirectory, $"{nameof(options)}.{nameof(options.SpoolDirectory)}");
        PostgresSchema.EnsureValidName(options.Schema);
        clock ??= TimeProvider.System;

        var spoolDirectory = Path.GetFullPath(options.SpoolDirectory);
        Directory.CreateDirectory(spoolDirectory);

        // Every connection starts in the store's schema, so the SQL names its tables plainly.
        var connectionString = new NpgsqlConnectionStringBuilder(options.ConnectionString) { SearchPath = options.Schema };
        var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            await PostgresSchema.MigrateAsync(dataSource, options.Schema, clock, cancellationToken);
            return new PostgresStateStore(dataSource, options.Schema, spoolDirectory, clock);
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closes the store's connections; the store is not used afterwards.</summary>
    public void Dispose() => _dataSource.Dispose();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
