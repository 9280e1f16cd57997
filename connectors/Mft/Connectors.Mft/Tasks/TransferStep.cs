using System.Diagnostics;
using Connectors.Mft.Endpoints;
using Connectors.Sdk.Hosting.Json;
using Connectors.Sdk.Errors;
using Connectors.Sdk.State;

namespace Connectors.Mft.Tasks;

/// <summary>
/// Sends each work file to the destination under a temporary name (<c>.&lt;name&gt;.part</c>), continuing a
/// partial one from the size the destination holds when it can resume; verifies size and, when the
/// endpoint offers one, checksum; then gives it its final name by the overwrite rule. Where a file
/// appears only once it is complete (S3), it is written under its final name and nothing is renamed. Files finished in
/// an earlier attempt are recorded in the checkpoint and not sent again.
/// </summary>
internal sealed class TransferStep : IMftStep
{
    public string Name => "transfer";

    public async Task<StepCheckpoint> RunAsync(MftRun run, StepCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var destination = run.Definition.Destination;
        var folder = RootedPath.Normalize(destination.Path, "/destination/path", destination.Endpoint);
        var renamer = new FileRenamer(destination.Rename, run.StartedAt);
        var done = (MftRun.ReadOutputs(checkpoint).Transferred ?? []).ToList();
        var endpoint = await run.Endpoints.OpenAsync(destination.Endpoint, cancellationToken).ConfigureAwait(false);
        await using (endpoint.ConfigureAwait(false))
        {
            foreach (var file in run.WorkFiles)
            {
                if (done.Any(d => d.Name == file.Name))
                {
                    await run.LogAsync(Name, "transferred in an earlier attempt", file.Name, file.Size).ConfigureAwait(false);
                    continue;
                }

                var finalName = renamer.Apply(file.Name);
                var final = RootedPath.Join(folder, finalName);
                var target = new TransferTarget(final, endpoint.WritesAtomically && destination.Overwrite != MftOverwrite.Append ? final : RootedPath.Join(folder, "." + finalName + ".part"));
                var (transferred, note) = await SendAsync(run, endpoint, file, target, checkpoint, done, cancellationToken).ConfigureAwait(false);
                done.Add(transferred);
                checkpoint = checkpoint with
                {
                    InputsJson = MftRun.Json(new TransferPosition(null, 0)),
                    Offset = 0,
                    Bytes = done.Sum(d => d.Size),
                    OutputsJson = MftRun.Json(new MftStepOutputs { Transferred = done }),
                };

                // The job log's line and the checkpoint share one commit: after a large write, every flush
                // to disk waits for the file system to write out its journal, which can take tens of ms.
                await Task.WhenAll(note(), run.SaveAsync(checkpoint, cancellationToken)).ConfigureAwait(false);
                await run.PublishAsync(MftEventTypes.FileTransferred, new Dictionary<string, object?>
                {
                    ["task"] = run.Definition.Name,
                    ["file"] = transferred.DestinationPath,
                    ["endpoint"] = destination.Endpoint,
                    ["bytes"] = transferred.Size,
                    ["checksum"] = transferred.Checksum,
                }).ConfigureAwait(false);
            }
        }

        return checkpoint with { OutputsJson = MftRun.Json(new MftStepOutputs { Transferred = done }) };
    }

    /// <summary>Sends and verifies one file; returns it, with the job log line that tells how, to be written with the checkpoint.</summary>
    private async Task<(TransferredFile File, Func<Task> Note)> SendAsync(MftRun run, IFileEndpoint endpoint, WorkFile file, TransferTarget target, StepCheckpoint checkpoint, IReadOnlyList<TransferredFile> done, CancellationToken cancellationToken)
    {
        var overwrite = run.Definition.Destination.Overwrite;
        if (overwrite == MftOverwrite.No && await endpoint.SizeAsync(target.Final, cancellationToken).ConfigureAwait(false) is not null)
        {
            // Written under its final name by an earlier attempt that stopped before recording it: the file
            // found is ours if it is this file, byte for byte as far as the endpoint can tell.
            if (target.IsFinal && WasBeingWritten(checkpoint, file) && await SameFileAsync(endpoint, file, target.Final, cancellationToken).ConfigureAwait(false) is (true, var checksum))
            {
                return (new TransferredFile(file.Name, target.Final, file.Size, checksum), () => run.LogAsync(Name, "written in an earlier attempt and verified", target.Final, file.Size));
            }

            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"'{target.Final}' exists already in {endpoint.Description} and /destination/overwrite is No; remove it or choose Yes or Append",
                propertyKeys: ["/destination/overwrite"]);
        }

        var offset = 0L;
        if (endpoint.CanResume && !run.WorkFilesRebuilt && await endpoint.SizeAsync(target.Temporary, cancellationToken).ConfigureAwait(false) is { } partial && partial <= file.Size)
        {
            offset = partial;
        }

        if (offset > 0)
        {
            await run.LogAsync(Name, $"resuming at byte {offset} of {file.Size}", target.Final, offset).ConfigureAwait(false);
        }

        var watch = Stopwatch.StartNew();
        if (target.IsFinal)
        {
            // Recorded before the write: a restart then knows a file found under its final name may be its own.
            await run.SaveAsync(checkpoint with { InputsJson = MftRun.Json(new TransferPosition(file.Name, 0)) }, cancellationToken).ConfigureAwait(false);
        }

        // The local half of the checksum is taken while the file is sent, where the endpoint says beforehand
        // which one it will offer: on a thread of its own, instead of reading the file again after the send.
        using var hashing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var localChecksum = endpoint.ChecksumAlgorithm is { } algorithm
            ? FileChecksum.OfAsync(file.LocalPath, algorithm, hashing.Token)
            : null;
        try
        {
            return await SendAndVerifyAsync(run, endpoint, file, target, checkpoint, done, offset, localChecksum, watch, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (localChecksum is not null)
            {
                await hashing.CancelAsync().ConfigureAwait(false);
                await localChecksum.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
    }

    private async Task<(TransferredFile File, Func<Task> Note)> SendAndVerifyAsync(MftRun run, IFileEndpoint endpoint, WorkFile file, TransferTarget target, StepCheckpoint checkpoint, IReadOnlyList<TransferredFile> done, long offset, Task<string?>? localChecksum, Stopwatch watch, CancellationToken cancellationToken)
    {
        var overwrite = run.Definition.Destination.Overwrite;
        var local = new FileStream(file.LocalPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        local.Seek(offset, SeekOrigin.Begin);
        var progress = new ProgressStream(local, file.Size - offset, run.Definition.MaxBytesPerSecond, (read, ct) => run.SaveAsync(
            checkpoint with
            {
                InputsJson = MftRun.Json(new TransferPosition(file.Name, offset + read)),
                Offset = offset + read,
                Bytes = done.Sum(d => d.Size) + offset + read,
            },
            ct));
        await using (progress.ConfigureAwait(false))
        {
            await endpoint.WriteAsync(target.Temporary, progress, offset, cancellationToken).ConfigureAwait(false);
        }

        var checksum = await VerifyAsync(endpoint, file, target.Temporary, localChecksum, cancellationToken).ConfigureAwait(false);
        await PlaceAsync(endpoint, target, overwrite, cancellationToken).ConfigureAwait(false);
        var sent = file.Size - offset;
        var note = checksum is null ? "transferred, size verified" : $"transferred, size and {checksum.Split(':')[0]} verified";
        var throughput = Throughput.Of(sent, watch.Elapsed);
        return (new TransferredFile(file.Name, target.Final, file.Size, checksum), () => run.LogAsync(Name, note, target.Final, sent, throughput));
    }

    private static bool WasBeingWritten(StepCheckpoint checkpoint, WorkFile file) =>
        checkpoint.InputsJson is { Length: > 0 } inputs && ConnectorJson.Deserialize<TransferPosition>(inputs) is { } position && position.File == file.Name;

    /// <summary>Whether <paramref name="path"/> holds <paramref name="file"/>: its size, and its checksum where the endpoint offers one.</summary>
    private static async Task<(bool Same, string? Checksum)> SameFileAsync(IFileEndpoint endpoint, WorkFile file, string path, CancellationToken cancellationToken)
    {
        if (await endpoint.SizeAsync(path, cancellationToken).ConfigureAwait(false) != file.Size)
        {
            return (false, null);
        }

        var remote = await endpoint.ChecksumAsync(path, cancellationToken).ConfigureAwait(false);
        if (remote is null || remote.IndexOf(':', StringComparison.Ordinal) is var colon && colon <= 0)
        {
            return (true, null);
        }

        var local = await FileChecksum.OfAsync(file.LocalPath, remote[..colon], cancellationToken).ConfigureAwait(false);
        return local is null ? (true, null) : (string.Equals(local, remote, StringComparison.OrdinalIgnoreCase), remote);
    }

    private static async Task<string?> VerifyAsync(IFileEndpoint endpoint, WorkFile file, string temporary, Task<string?>? localChecksum, CancellationToken cancellationToken)
    {
        var size = await endpoint.SizeAsync(temporary, cancellationToken).ConfigureAwait(false);
        if (size != file.Size)
        {
            await endpoint.DeleteAsync(temporary, cancellationToken).ConfigureAwait(false);
            throw new ConnectorException(ConnectorErrorKind.ConnectionFailed, $"'{temporary}' holds {size?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} bytes after the transfer, not {file.Size}; it was removed, restart the run to send it again");
        }

        var remote = await endpoint.ChecksumAsync(temporary, cancellationToken).ConfigureAwait(false);
        if (remote is null || remote.IndexOf(':', StringComparison.Ordinal) is var colon && colon <= 0)
        {
            return null;
        }

        var algorithm = remote[..colon];
        var local = localChecksum is not null && string.Equals(endpoint.ChecksumAlgorithm, algorithm, StringComparison.OrdinalIgnoreCase)
            ? await localChecksum.ConfigureAwait(false)
            : await FileChecksum.OfAsync(file.LocalPath, algorithm, cancellationToken).ConfigureAwait(false);
        if (local is null)
        {
            return null;
        }

        if (!string.Equals(local, remote, StringComparison.OrdinalIgnoreCase))
        {
            await endpoint.DeleteAsync(temporary, cancellationToken).ConfigureAwait(false);
            throw new ConnectorException(ConnectorErrorKind.ConnectionFailed, $"'{temporary}' has checksum {remote}, not {local}; it was removed, restart the run to send it again (should {endpoint.Description} give checksums that are not the {algorithm} of the content, its profile can say so)");
        }

        return remote;
    }

    private static async Task PlaceAsync(IFileEndpoint endpoint, TransferTarget target, MftOverwrite overwrite, CancellationToken cancellationToken)
    {
        if (target.IsFinal)
        {
            return;
        }

        if (overwrite == MftOverwrite.Append && await endpoint.SizeAsync(target.Final, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            var content = await endpoint.OpenReadAsync(target.Temporary, 0, cancellationToken).ConfigureAwait(false);
            await using (content.ConfigureAwait(false))
            {
                await endpoint.WriteAsync(target.Final, content, existing, cancellationToken).ConfigureAwait(false);
            }

            await endpoint.DeleteAsync(target.Temporary, cancellationToken).ConfigureAwait(false);
            return;
        }

        await endpoint.RenameAsync(target.Temporary, target.Final, overwrite == MftOverwrite.Yes, cancellationToken).ConfigureAwait(false);
    }

    private sealed record TransferTarget(string Final, string Temporary)
    {
        public bool IsFinal => Final == Temporary;
    }
}
