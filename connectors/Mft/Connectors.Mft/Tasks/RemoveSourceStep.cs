using Connectors.Sdk.State;

namespace Connectors.Mft.Tasks;

/// <summary>
/// Removes the source files once every destination file is verified in place — it runs only after the
/// transfer step completed, so a failed transfer never costs a source file.
/// </summary>
internal sealed class RemoveSourceStep : IMftStep
{
    public string Name => "remove-source";

    public async Task<StepCheckpoint> RunAsync(MftRun run, StepCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var removed = new List<string>();
        var endpoint = await run.Endpoints.OpenAsync(run.Definition.Source.Endpoint, cancellationToken).ConfigureAwait(false);
        await using (endpoint.ConfigureAwait(false))
        {
            foreach (var file in run.SourceFiles)
            {
                await endpoint.DeleteAsync(file.Path, cancellationToken).ConfigureAwait(false);
                removed.Add(file.Path);
                await run.LogAsync(Name, "source file removed", file.Path).ConfigureAwait(false);
            }
        }

        return checkpoint with { OutputsJson = MftRun.Json(new MftStepOutputs { Removed = removed }) };
    }
}
