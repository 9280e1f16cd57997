using System.Diagnostics;
using Connectors.Sdk.State;

namespace Connectors.Mft.Tasks;

/// <summary>
/// Copies each source file into the run's work folder. A restart keeps what was staged: a complete file
/// is not read again, a partial one is continued from the bytes already on disk. A file in a local folder
/// that is neither compressed nor encrypted is sent from where it lies: a copy would only cost a second
/// write of the whole file, and the source is never removed before the transfer is verified.
/// </summary>
internal sealed class StageStep : IMftStep
{
    public string Name => "stage";

    public async Task<StepCheckpoint> RunAsync(MftRun run, StepCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(run.WorkFolder, "staged");
        Directory.CreateDirectory(folder);
        var staged = new List<WorkFile>();
        var endpoint = await run.Endpoints.OpenAsync(run.Definition.Source.Endpoint, cancellationToken).ConfigureAwait(false);
        await using (endpoint.ConfigureAwait(false))
        {
            var sendInPlace = endpoint is Endpoints.Local.LocalFileEndpoint
                && run.Definition.Compression == MftCompression.None
                && run.Definition.Encryption.Mode == MftEncryptionMode.None;
            foreach (var file in run.SourceFiles)
            {
                if (sendInPlace)
                {
                    var inPlace = ((Endpoints.Local.LocalFileEndpoint)endpoint).LocalPathOf(file.Path);
                    await run.LogAsync(Name, "sent from where it lies", file.Path, file.Size).ConfigureAwait(false);
                    staged.Add(new WorkFile(file.Name, inPlace, new FileInfo(inPlace).Length));
                    continue;
                }

                var local = Path.Combine(folder, file.Name);
                var have = File.Exists(local) ? new FileInfo(local).Length : 0;
                if (have > file.Size)
                {
                    have = 0;
                }

                if (have == file.Size && File.Exists(local))
                {
                    await run.LogAsync(Name, "staged in an earlier attempt", file.Path, have).ConfigureAwait(false);
                }
                else
                {
                    var watch = Stopwatch.StartNew();
                    var read = await endpoint.OpenReadAsync(file.Path, have, cancellationToken).ConfigureAwait(false);
                    await using (read.ConfigureAwait(false))
                    {
                        var target = new FileStream(local, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, 1 << 20, FileOptions.Asynchronous);
                        await using (target.ConfigureAwait(false))
                        {
                            target.SetLength(have);
                            target.Seek(have, SeekOrigin.Begin);
                            await read.CopyToAsync(target, 1 << 20, cancellationToken).ConfigureAwait(false);
                            target.Flush(flushToDisk: true);
                        }
                    }

                    var size = new FileInfo(local).Length;
                    await run.LogAsync(Name, have > 0 ? $"staged, resumed at byte {have}" : "staged", file.Path, size - have, Throughput.Of(size - have, watch.Elapsed)).ConfigureAwait(false);
                }

                staged.Add(new WorkFile(file.Name, local, new FileInfo(local).Length));
                checkpoint = checkpoint with { Bytes = staged.Sum(f => f.Size), Offset = staged.Count, OutputsJson = MftRun.Json(new MftStepOutputs { WorkFiles = staged }) };
                await run.SaveAsync(checkpoint, cancellationToken).ConfigureAwait(false);
            }
        }

        return checkpoint with
        {
            Bytes = staged.Sum(f => f.Size),
            Offset = staged.Count,
            OutputsJson = MftRun.Json(new MftStepOutputs { WorkFiles = staged }),
            InputsJson = MftRun.Json(new { Files = run.SourceFiles.Select(f => f.Path) }),
        };
    }
}
