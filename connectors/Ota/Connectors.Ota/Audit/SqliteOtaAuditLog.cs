using System.Globalization;
using Connectors.Sdk.Hosting.State.Sqlite;
using Microsoft.Data.Sqlite;

namespace Connectors.Ota.Audit;

/// <summary>
/// The audit log in an SQLite file of its own (<c>ota-audit.db</c> beside the state store), so it needs
/// nothing of the state store's internals and can be read with any SQLite tool. Write-ahead log; a row
/// is written once per inbound request and rewritten after each outbound attempt. Rows written at the
/// same moment share a commit (<see cref="SqliteWriteQueue"/>).
/// </summary>
public sealed class SqliteOtaAuditLog : IOtaAuditLog, IDisposable
{
    /// <summary>The file name used beside the state store.</summary>
    public const string FileName = "ota-audit.db";

    private const string Columns =
        "audit_id, direction, status, message_id, receipt_id, request_type, content_length, transaction_type, transaction_subtype, " +
        "document_number, party_id, party_site_id, username, client_address, protocol_type, protocol_address, partner, attempts, " +
        "result_code, result_text, error, started_at, completed_at";

    private static readonly string Upsert =
        $"INSERT INTO ota_audit ({Columns}) VALUES ({string.Join(", ", Columns.Split(", ").Select(c => "$" + c))}) " +
        $"ON CONFLICT (audit_id) DO UPDATE SET {string.Join(", ", Columns.Split(", ").Where(c => c != "audit_id").Select(c => $"{c} = excluded.{c}"))};";

    private readonly string _connectionString;
    private readonly SqliteWriteQueue _writes;

    static SqliteOtaAuditLog()
    {
        // Microsoft.Data.Sqlite.Core carries no native library of its own: bind the bundled one.
        SQLitePCL.Batteries_V2.Init();
    }

    private SqliteOtaAuditLog(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _writes = new SqliteWriteQueue(ConnectAsync);
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating when missing) the audit database at <paramref name="path"/>.</summary>
    public static SqliteOtaAuditLog Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var log = new SqliteOtaAuditLog(full);
        using var connection = log.Connect();
        using var create = connection.CreateCommand();
        create.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS ota_audit (
                seq INTEGER PRIMARY KEY,
                audit_id TEXT NOT NULL UNIQUE,
                direction TEXT NOT NULL,
                status TEXT NOT NULL,
                message_id TEXT,
                receipt_id TEXT,
                request_type TEXT,
                content_length INTEGER,
                transaction_type TEXT,
                transaction_subtype TEXT,
                document_number TEXT,
                party_id TEXT,
                party_site_id TEXT,
                username TEXT,
                client_address TEXT,
                protocol_type TEXT,
                protocol_address TEXT,
                partner TEXT,
                attempts INTEGER NOT NULL,
                result_code INTEGER,
                result_text TEXT,
                error TEXT,
                started_at TEXT NOT NULL,
                completed_at TEXT
            ) STRICT;
            CREATE INDEX IF NOT EXISTS ota_audit_by_message ON ota_audit (direction, message_id, seq);
            """;
        create.ExecuteNonQuery();
        return log;
    }

    public async Task RecordAsync(OtaAuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await _writes.WriteAsync(
            async (connection, transaction, token) =>
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = Upsert;
                Add(command, "$audit_id", record.AuditId);
                Add(command, "$direction", record.Direction.ToString());
                Add(command, "$status", record.Status.ToString());
                Add(command, "$message_id", record.MessageId);
                Add(command, "$receipt_id", record.ReceiptId);
                Add(command, "$request_type", record.RequestType);
                Add(command, "$content_length", record.ContentLength);
                Add(command, "$transaction_type", record.TransactionType);
                Add(command, "$transaction_subtype", record.TransactionSubtype);
                Add(command, "$document_number", record.DocumentNumber);
                Add(command, "$party_id", record.PartyId);
                Add(command, "$party_site_id", record.PartySiteId);
                Add(command, "$username", record.Username);
                Add(command, "$client_address", record.ClientAddress);
                Add(command, "$protocol_type", record.ProtocolType);
                Add(command, "$protocol_address", record.ProtocolAddress);
                Add(command, "$partner", record.Partner);
                Add(command, "$attempts", record.Attempts);
                Add(command, "$result_code", record.ResultCode);
                Add(command, "$result_text", record.ResultText);
                Add(command, "$error", record.Error);
                Add(command, "$started_at", Time(record.StartedAt));
                Add(command, "$completed_at", record.CompletedAt is { } completed ? Time(completed) : null);
                await command.ExecuteNonQueryAsync(token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OtaAuditRecord>> FindAsync(OtaDirection direction, string messageId, CancellationToken cancellationToken)
    {
        var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM ota_audit WHERE direction = $direction AND message_id = $message_id ORDER BY seq;";
            Add(command, "$direction", direction.ToString());
            Add(command, "$message_id", messageId);
            return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<OtaAuditRecord>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM ota_audit ORDER BY seq DESC LIMIT $limit;";
            Add(command, "$limit", limit);
            return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Finishes the queued writes and closes the pooled connections, so the file is really closed.</summary>
    public void Dispose()
    {
        _writes.DisposeAsync().AsTask().GetAwaiter().GetResult();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var setup = connection.CreateCommand();
        setup.CommandText = RelaxedDurability;
        await setup.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    // The audit log records what the state store already holds durably: losing its last lines to a power
    // failure loses no message, so its writes need not wait for the disk (WAL keeps the file consistent).
    private const string RelaxedDurability = "PRAGMA synchronous = NORMAL;";

    private static void Add(SqliteCommand command, string name, object? value) =>
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static async Task<IReadOnlyList<OtaAuditRecord>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var records = new List<OtaAuditRecord>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                string? Text(string column) => reader.IsDBNull(reader.GetOrdinal(column)) ? null : reader.GetString(reader.GetOrdinal(column));
                long? Number(string column) => reader.IsDBNull(reader.GetOrdinal(column)) ? null : reader.GetInt64(reader.GetOrdinal(column));
                records.Add(new OtaAuditRecord
                {
                    AuditId = Text("audit_id")!,
                    Direction = Enum.Parse<OtaDirection>(Text("direction")!),
                    Status = Enum.Parse<OtaAuditStatus>(Text("status")!),
                    MessageId = Text("message_id"),
                    ReceiptId = Text("receipt_id"),
                    RequestType = Text("request_type"),
                    ContentLength = Number("content_length"),
                    TransactionType = Text("transaction_type"),
                    TransactionSubtype = Text("transaction_subtype"),
                    DocumentNumber = Text("document_number"),
                    PartyId = Text("party_id"),
                    PartySiteId = Text("party_site_id"),
                    Username = Text("username"),
                    ClientAddress = Text("client_address"),
                    ProtocolType = Text("protocol_type"),
                    ProtocolAddress = Text("protocol_address"),
                    Partner = Text("partner"),
                    Attempts = (int)(Number("attempts") ?? 0),
                    ResultCode = Number("result_code") is { } code ? (int)code : null,
                    ResultText = Text("result_text"),
                    Error = Text("error"),
                    StartedAt = ParseTime(Text("started_at")!),
                    CompletedAt = Text("completed_at") is { } completed ? ParseTime(completed) : null,
                });
            }
        }

        return records;
    }
}
