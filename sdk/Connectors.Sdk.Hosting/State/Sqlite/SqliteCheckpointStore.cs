using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;
using Microsoft.Data.Sqlite;

namespace Connectors.Sdk.Hosting.State.Sqlite;

/// <summary>Task runs in <c>task_runs</c> and their steps in <c>step_checkpoints</c>.</summary>
internal sealed class SqliteCheckpointStore(SqliteConnectionFactory connections, SqliteWriteQueue writes, TimeProvider clock) : ICheckpointStore
{
    private const string RunColumns = "run_id, task_name, definition_json, state, failed_step, error, started_at, ended_at";
    private const string StepColumns = "run_id, step_index, step, state, inputs_json, outputs_json, bytes, resume_offset, error, started_at, ended_at";

    public async Task CreateRunAsync(TaskRunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await writes.WriteAsync(
            async (connection, transaction, _) =>
            {
                using var command = SqliteConnectionFactory.CreateCommand(connection, transaction);
                command.CommandText = $"""
                    INSERT INTO task_runs ({RunColumns})
                    VALUES ($run_id, $task_name, $definition_json, $state, $failed_step, $error, $started_at, $ended_at)
                    ON CONFLICT (run_id) DO NOTHING;
                    """;
                command.Add("$run_id", run.RunId);
                command.Add("$task_name", run.TaskName);
                command.Add("$definition_json", run.DefinitionJson);
                command.Add("$state", run.State.ToString());
                command.Add("$failed_step", run.FailedStep);
                command.Add("$error", run.Error);
                command.Add("$started_at", SqliteValues.Time(SqliteValues.OrNow(run.StartedAt, SqliteValues.Now(clock))));
                command.Add("$ended_at", SqliteValues.Time(run.EndedAt));
                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    throw new InvalidOperationException($"A task run with id '{run.RunId}' already exists.");
                }
            },
            cancellationToken);
    }

    public async Task<TaskRunRecord?> GetRunAsync(string runId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForReadingAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {RunColumns} FROM task_runs WHERE run_id = $run_id;";
        command.Add("$run_id", runId);
        var runs = await command.ReadAllAsync(reader => StateRows.Run(new SqliteRow(reader)), cancellationToken);
        return runs.Count == 0 ? null : runs[0];
    }

    /// <summary>Records where the run stands; its task, definition and start stay as created.</summary>
    public async Task UpdateRunAsync(TaskRunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await writes.WriteAsync(
            async (connection, transaction, _) =>
            {
                using var command = SqliteConnectionFactory.CreateCommand(connection, transaction);
                command.CommandText = """
                    UPDATE task_runs
                    SET state = $state, failed_step = $failed_step, error = $error, ended_at = $ended_at
                    WHERE run_id = $run_id;
                    """;
                command.Add("$run_id", run.RunId);
                command.Add("$state", run.State.ToString());
                command.Add("$failed_step", run.FailedStep);
                command.Add("$error", run.Error);
                command.Add("$ended_at", SqliteValues.Time(run.EndedAt));
                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    throw new KeyNotFoundException($"There is no task run with id '{run.RunId}'.");
                }
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<TaskRunRecord>> ListRunsAsync(string? taskName, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await connections.OpenForReadingAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {RunColumns} FROM task_runs
            WHERE $task_name IS NULL OR task_name = $task_name
            ORDER BY started_at DESC, seq DESC
            LIMIT $limit;
            """;
        command.Add("$task_name", taskName);
        command.Add("$limit", limit);
        return await command.ReadAllAsync(reader => StateRows.Run(new SqliteRow(reader)), cancellationToken);
    }

    public async Task SaveStepAsync(StepCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        await writes.WriteAsync(
            async (connection, transaction, _) =>
            {
                using var command = SqliteConnectionFactory.CreateCommand(connection, transaction);

                // Inserting from a SELECT on the run turns a checkpoint of an unknown run into "no row"
                // (reported below) rather than a bare constraint error.
                command.CommandText = $"""
                    INSERT INTO step_checkpoints ({StepColumns})
                    SELECT $run_id, $step_index, $step, $state, $inputs_json, $outputs_json, $bytes, $resume_offset, $error, $started_at, $ended_at
                    WHERE EXISTS (SELECT 1 FROM task_runs WHERE run_id = $run_id)
                    ON CONFLICT (run_id, step_index) DO UPDATE SET
                        step = excluded.step,
                        state = excluded.state,
                        inputs_json = excluded.inputs_json,
                        outputs_json = excluded.outputs_json,
                        bytes = excluded.bytes,
                        resume_offset = excluded.resume_offset,
                        error = excluded.error,
                        started_at = excluded.started_at,
                        ended_at = excluded.ended_at;
                    """;
                command.Add("$run_id", checkpoint.RunId);
                command.Add("$step_index", checkpoint.Index);
                command.Add("$step", checkpoint.Step);
                command.Add("$state", checkpoint.State.ToString());
                command.Add("$inputs_json", checkpoint.InputsJson);
                command.Add("$outputs_json", checkpoint.OutputsJson);
                command.Add("$bytes", checkpoint.Bytes);
                command.Add("$resume_offset", checkpoint.Offset);
                command.Add("$error", checkpoint.Error);
                command.Add("$started_at", SqliteValues.Time(SqliteValues.OrNow(checkpoint.StartedAt, SqliteValues.Now(clock))));
                command.Add("$ended_at", SqliteValues.Time(checkpoint.EndedAt));
                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    throw new KeyNotFoundException($"There is no task run with id '{checkpoint.RunId}' to checkpoint step {checkpoint.Index} of.");
                }
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<StepCheckpoint>> GetStepsAsync(string runId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForReadingAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StepColumns} FROM step_checkpoints WHERE run_id = $run_id ORDER BY step_index;";
        command.Add("$run_id", runId);
        return await command.ReadAllAsync(reader => StateRows.Step(new SqliteRow(reader)), cancellationToken);
    }
}
