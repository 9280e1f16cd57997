using System.Diagnostics;
using Connectors.Mft.Endpoints;
using Connectors.Sdk.Errors;
using Connectors.Sdk.State;

namespace Connectors.Mft.Tasks;

/// <summary>
/// Builds the file set: checks both paths and the rename rule before anything is touched, opens both
/// endpoints (an unknown name fails here, listing the known ones), and lists the source until a file
/// matches or the wait is over.
/// </summary>
internal sealed class FileSetStep : IMftStep
{
    public string Name => "file-set";

    public async Task<StepCheckpoint> RunAsync(MftRun run, StepCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var source = run.Definition.Source;
        var destination = run.Definition.Destination;
        var sourcePath = RootedPath.Normalize(source.Path, "/source/path", source.Endpoint);
        _ = RootedPath.Normalize(destination.Path, "/destination/path", destination.Endpoint);
        _ = new FileRenamer(destination.Rename, run.StartedAt);
        var filter = new FileFilter(source.Filter);

        // Opened now so that a wrong destination fails before a single byte is staged.
        await using (await run.Endpoints.OpenAsync(destination.Endpoint, cancellationToken).ConfigureAwait(false))
        {
        }

        var endpoint = await run.Endpoints.OpenAsync(source.Endpoint, cancellationToken).ConfigureAwait(false);
        await using (endpoint.ConfigureAwait(false))
        {
            var wait = TimeSpan.FromMinutes(source.WaitMinutes);
            var poll = TimeSpan.FromTicks(Math.Clamp(wait.Ticks / 10, TimeSpan.FromMilliseconds(200).Ticks, TimeSpan.FromSeconds(5).Ticks));
            var waited = Stopwatch.StartNew();
            IReadOnlyList<RemoteFile> files;
            while ((files = await endpoint.ListAsync(sourcePath, filter, cancellationToken).ConfigureAwait(false)).Count == 0)
            {
                if (waited.Elapsed >= wait)
                {
                    throw new ConnectorException(
                        ConnectorErrorKind.Configuration,
                        $"no file matching '{filter}' appeared in '{(sourcePath.Length == 0 ? "/" : sourcePath)}' of endpoint '{source.Endpoint}' ({endpoint.Description}) within {source.WaitMinutes} minutes; check /source/filter and /source/path, or wait longer with /source/waitMinutes",
                        propertyKeys: ["/source/filter", "/source/path"]);
                }

                await Task.Delay(poll, run.Clock, cancellationToken).ConfigureAwait(false);
            }

            foreach (var file in files)
            {
                await run.LogAsync(Name, "matched", file.Path, file.Size).ConfigureAwait(false);
            }

            await run.LogAsync(Name, $"{files.Count} files match '{filter}' in {endpoint.Description}", bytes: files.Sum(f => f.Size)).ConfigureAwait(false);
            return checkpoint with
            {
                InputsJson = MftRun.Json(new { source.Endpoint, Path = sourcePath, source.Filter, source.WaitMinutes }),
                OutputsJson = MftRun.Json(new MftStepOutputs { SourceFiles = files }),
                Bytes = files.Sum(f => f.Size),
            };
        }
    }
}
