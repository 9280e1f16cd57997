using Connectors.Mft.Crypto;
using Connectors.Sdk.State;

namespace Connectors.Mft.Tasks;

/// <summary>
/// Zips the set into one archive named after the task, or gzips each file. Cheap to redo, so a restart
/// compresses again from the staged files rather than trusting a half-written archive.
/// </summary>
internal sealed class CompressStep(MftCompression compression) : IMftStep
{
    public string Name => "compress";

    public async Task<StepCheckpoint> RunAsync(MftRun run, StepCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(run.WorkFolder, "compressed");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var inputs = run.WorkFiles;
        var outputs = new List<WorkFile>();
        if (compression == MftCompression.Zip)
        {
            var archive = Path.Combine(folder, run.Definition.Name + ".zip");
            await ZipArchiveWriter.WriteAsync(archive, inputs.Select(f => (f.Name, f.LocalPath)), cancellationToken).ConfigureAwait(false);
            outputs.Add(new WorkFile(Path.GetFileName(archive), archive, new FileInfo(archive).Length));
        }
        else
        {
            foreach (var file in inputs)
            {
                var target = Path.Combine(folder, file.Name + ".gz");
                await GzipFileCompressor.CompressAsync(file.LocalPath, target, cancellationToken).ConfigureAwait(false);
                outputs.Add(new WorkFile(file.Name + ".gz", target, new FileInfo(target).Length));
            }
        }

        foreach (var output in outputs)
        {
            await run.LogAsync(Name, $"{compression.ToString().ToLowerInvariant()} written", output.Name, output.Size).ConfigureAwait(false);
        }

        await run.LogAsync(Name, $"{inputs.Sum(f => f.Size)} bytes in {inputs.Count} files compressed to {outputs.Sum(f => f.Size)} bytes", bytes: outputs.Sum(f => f.Size)).ConfigureAwait(false);
        return checkpoint with
        {
            InputsJson = MftRun.Json(new { Compression = compression, Files = inputs.Select(f => f.Name) }),
            OutputsJson = MftRun.Json(new MftStepOutputs { WorkFiles = outputs }),
            Bytes = outputs.Sum(f => f.Size),
        };
    }
}
