using Connectors.Sdk.State;

namespace Connectors.Sdk.Tasks;

/// <summary>One run of a task: its id, its checkpoints so far, and its job log.</summary>
/// <param name="TaskName">The task's name, e.g. <c>Finance.DailyInvoices</c>.</param>
/// <param name="RunId">Id of this run; a restart keeps it.</param>
/// <param name="Checkpoints">Where each completed step is recorded before the next begins.</param>
/// <param name="JobLog">Where the run writes what it did, step by step.</param>
public sealed record TaskRunContext(string TaskName, string RunId, ICheckpointStore Checkpoints, IJobLog JobLog);
