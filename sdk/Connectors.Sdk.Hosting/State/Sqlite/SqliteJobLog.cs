using Connectors.Sdk.State;
using Microsoft.Data.Sqlite;

namespace Connectors.Sdk.Hosting.State.Sqlite;

/// <summary>The append-only <c>job_log</c> table; its sequence numbers only ever grow.</summary>
internal sealed class SqliteJobLog(SqliteConnectionFactory connections, SqliteWriteQueue writes, TimeProvider clock) : IJobLog
{
    public async Task AppendAsync(JobLogEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await writes.WriteAsync(
            async (connection, transaction, _) =>
            {
                using var command = SqliteConnectionFactory.CreateCommand(connection, transaction);
                command.CommandText = """
                    INSERT INTO job_log (run_id, step, level, message, file, bytes, bytes_per_second, at)
                    VALUES ($run_id, $step, $level, $message, $file, $bytes, $bytes_per_second, $at);
                    """;
                command.Add("$run_id", entry.RunId);
                command.Add("$step", entry.Step);
                command.Add("$level", entry.Level.ToString());
                command.Add("$message", entry.Message);
                command.Add("$file", entry.File);
                command.Add("$bytes", entry.Bytes);
                command.Add("$bytes_per_second", entry.BytesPerSecond);
                command.Add("$at", SqliteValues.Time(SqliteValues.OrNow(entry.At, SqliteValues.Now(clock))));
                await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<(long Sequence, JobLogEntry Entry)>> ReadAsync(string runId, long afterSequence, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForReadingAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sequence, run_id, step, level, message, file, bytes, bytes_per_second, at
            FROM job_log
            WHERE run_id = $run_id AND sequence > $after_sequence
            ORDER BY sequence;
            """;
        command.Add("$run_id", runId);
        command.Add("$after_sequence", afterSequence);
        return await command.ReadAllAsync(reader => (reader.Integer("sequence"), StateRows.JobLog(new SqliteRow(reader))), cancellationToken);
    }
}
