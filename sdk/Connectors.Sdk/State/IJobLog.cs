namespace Connectors.Sdk.State;

/// <summary>Append-only log of what each task run did.</summary>
public interface IJobLog
{
    Task AppendAsync(JobLogEntry entry, CancellationToken cancellationToken);

    /// <summary>Lines of a run in the order written, from <paramref name="afterSequence"/> on (for following a run).</summary>
    Task<IReadOnlyList<(long Sequence, JobLogEntry Entry)>> ReadAsync(string runId, long afterSequence, CancellationToken cancellationToken);
}
