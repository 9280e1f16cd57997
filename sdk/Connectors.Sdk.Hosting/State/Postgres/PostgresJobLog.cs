using Connectors.Sdk.State;
using Npgsql;

namespace Connectors.Sdk.Hosting.State.Postgres;

/// <summary>The append-only <c>job_log</c> table; its sequence numbers only ever grow.</summary>
internal sealed class PostgresJobLog(NpgsqlDataSource dataSource, TimeProvider clock) : IJobLog
{
    public async Task AppendAsync(JobLogEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Sequence numbers are drawn when a row is inserted but become visible when it commits. Two
        // lines of one run appended at once could commit out of order, and a reader following the
        // run ("lines after N") would skip the late one; a lock per run keeps the two orders equal.
        await using (var lockRun = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext(@lock_name));", connection, transaction))
        {
            lockRun.AddText("lock_name", "connectors-job-log:" + entry.RunId);
            await lockRun.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var insert = new NpgsqlCommand("""
            INSERT INTO job_log (run_id, step, level, message, file, bytes, bytes_per_second, at)
            VALUES (@run_id, @step, @level, @message, @file, @bytes, @bytes_per_second, @at);
            """, connection, transaction))
        {
            insert.AddText("run_id", entry.RunId);
            insert.AddText("step", entry.Step);
            insert.AddText("level", entry.Level.ToString());
            insert.AddText("message", entry.Message);
            insert.AddText("file", entry.File);
            insert.AddBigint("bytes", entry.Bytes);
            insert.AddDouble("bytes_per_second", entry.BytesPerSecond);
            insert.AddTime("at", PostgresValues.OrNow(entry.At, PostgresValues.Now(clock)));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<(long Sequence, JobLogEntry Entry)>> ReadAsync(string runId, long afterSequence, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT sequence, run_id, step, level, message, file, bytes, bytes_per_second, at
            FROM job_log
            WHERE run_id = @run_id AND sequence > @after_sequence
            ORDER BY sequence;
            """);
        command.AddText("run_id", runId);
        command.AddBigint("after_sequence", afterSequence);
        return await command.ReadAllAsync(reader => (reader.Bigint("sequence"), StateRows.JobLog(new PostgresRow(reader))), cancellationToken);
    }
}
