using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Connectors.Sdk.Hosting.State.Sqlite;

/// <summary>
/// The one writer of a SQLite database within a process. Writes are queued and run one after another;
/// those that arrive while a commit is under way are committed together in the next transaction, so
/// concurrent writers share one flush to disk (group commit) instead of each taking the database lock
/// in turn, which SQLite makes a waiting writer retry with sleeps of milliseconds. A write that fails
/// fails alone: the others still commit. A write's task completes only when its transaction is
/// committed; its work may run more than once (again after another write of its batch failed), and only
/// the effects of its last run are kept.
/// </summary>
public sealed class SqliteWriteQueue : IAsyncDisposable
{
    /// <summary>Enough to share a flush among many writers, few enough that the first is not kept long.</summary>
    private const int MaxBatch = 64;

    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly Channel<QueuedWrite> _queue = Channel.CreateUnbounded<QueuedWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    // The writer's own connection, kept open between batches; only the writer task touches it.
    private SqliteConnection? _connection;

    /// <param name="open">Opens a connection to the database, set up for writing.</param>
    public SqliteWriteQueue(Func<CancellationToken, Task<SqliteConnection>> open)
    {
        _open = open;
        _writer = Task.Run(WriteBatchesAsync);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in the next transaction and returns its result once that transaction is
    /// committed. Every command of the work must be given <c>transaction</c>. The work must not itself queue
    /// a write, which would wait for the transaction it is part of.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var write = new QueuedWrite<T>(work, cancellationToken);
        if (!_queue.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(SqliteWriteQueue), "the database was closed; nothing more can be written to it");
        }

        return write.Result;
    }

    /// <summary>Runs <paramref name="work"/> in the next transaction; completes once that transaction is committed.</summary>
    public Task WriteAsync(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return WriteAsync(
            async (connection, transaction, token) =>
            {
                await work(connection, transaction, token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <summary>Lets the queued writes finish, then stops the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
            _connection = null;
        }
    }

    private async Task WriteBatchesAsync()
    {
        var batch = new List<QueuedWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
            {
                if (!write.CancelIfRequested())
                {
                    batch.Add(write);
                }
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Commits the batch as one transaction. Should a write of it fail, the transaction is rolled back and each
    /// write is run again in a transaction of its own, so only the failing one fails: writes fail rarely, and
    /// this costs nothing while they do not, where a savepoint around every write would cost on every write.
    /// A failure of the database itself (opening, taking the write lock, committing) fails the whole batch
    /// at once: run again write by write, each would wait out the same busy timeout.
    /// </summary>
    private async Task CommitAsync(List<QueuedWrite> batch)
    {
        var (failure, ofAWrite) = await TryCommitAsync(batch).ConfigureAwait(false);
        if (failure is null)
        {
            batch.ForEach(write => write.Complete());
            return;
        }

        if (batch.Count == 1 || !ofAWrite)
        {
            batch.ForEach(write => write.Fail(failure));
            return;
        }

        foreach (var write in batch)
        {
            if ((await TryCommitAsync([write]).ConfigureAwait(false)).Failure is { } error)
            {
                write.Fail(error);
            }
            else
            {
                write.Complete();
            }
        }
    }

    /// <summary>
    /// Runs the writes in one transaction and commits it; returns the failure that rolled it back, if any, and
    /// whether a write's own work raised it.
    /// </summary>
    private async Task<(Exception? Failure, bool OfAWrite)> TryCommitAsync(List<QueuedWrite> writes)
    {
        var running = false;
        try
        {
            _connection ??= await _open(CancellationToken.None).ConfigureAwait(false);

            // Takes the write lock at once: another process writing the same file is waited for here, not mid-batch.
            using var transaction = _connection.BeginTransaction(deferred: false);
            foreach (var write in writes)
            {
                running = true;
                await write.RunAsync(_connection, transaction).ConfigureAwait(false);
                running = false;
            }

            transaction.Commit();
            return (null, false);
        }
#pragma warning disable CA1031 // The failure is handed to the writes it belongs to.
        catch (Exception e)
#pragma warning restore CA1031
        {
            // The database failed, not a write: the next batch opens a connection anew.
            if (!running && _connection is not null)
            {
                await _connection.DisposeAsync().ConfigureAwait(false);
                _connection = null;
            }

            return (e, running);
        }
    }

    private abstract class QueuedWrite
    {
        public abstract bool CancelIfRequested();

        public abstract Task RunAsync(SqliteConnection connection, SqliteTransaction transaction);

        public abstract void Complete();

        public abstract void Fail(Exception error);
    }

    private sealed class QueuedWrite<T>(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) : QueuedWrite
    {
        // Continuations run elsewhere, so a caller never holds up the writer.
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Result => _completion.Task;

        public override bool CancelIfRequested() => cancellationToken.IsCancellationRequested && _completion.TrySetCanceled(cancellationToken);

        public override async Task RunAsync(SqliteConnection connection, SqliteTransaction transaction) =>
            _result = await work(connection, transaction, cancellationToken).ConfigureAwait(false);

        public override void Complete() => _completion.TrySetResult(_result);

        public override void Fail(Exception error) => _completion.TrySetException(error);
    }
}
