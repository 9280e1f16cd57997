using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Tasks;

namespace Connectors.Sdk.Connectors;

/// <summary>Runs a persisted sequence of steps; a failed run restarts from the failed step.</summary>
/// <typeparam name="TDefinition">The task definition record (its properties).</typeparam>
public interface ITaskConnector<in TDefinition> : IConnector
    where TDefinition : class
{
    /// <summary>
    /// Runs the steps of <paramref name="run"/> that are not yet completed, checkpointing each one
    /// in <see cref="TaskRunContext.Checkpoints"/> before the next begins.
    /// </summary>
    Task<TaskRunResult> RunAsync(TDefinition definition, TaskRunContext run, CancellationToken cancellationToken);
}
