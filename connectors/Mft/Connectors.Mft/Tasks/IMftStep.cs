using Connectors.Sdk.State;

namespace Connectors.Mft.Tasks;

/// <summary>One step of a run. It may save progress in its checkpoint as it goes; it returns the checkpoint with its outputs.</summary>
internal interface IMftStep
{
    /// <summary>Stable name, stored in the checkpoint: <c>file-set</c>, <c>stage</c>, <c>compress</c>, <c>encrypt</c>, <c>transfer</c>, <c>remove-source</c>.</summary>
    string Name { get; }

    /// <param name="run">The run, with what earlier steps produced.</param>
    /// <param name="checkpoint">This step's checkpoint: fresh, or as a failed or interrupted attempt left it.</param>
    /// <param name="cancellationToken">Stops the step; its checkpoint stays as last saved.</param>
    Task<StepCheckpoint> RunAsync(MftRun run, StepCheckpoint checkpoint, CancellationToken cancellationToken);
}
