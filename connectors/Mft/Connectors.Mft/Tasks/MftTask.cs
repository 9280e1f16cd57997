using System.Diagnostics;
using Connectors.Mft.Crypto;
using Connectors.Mft.Endpoints;
using Connectors.Sdk.Connectors;
using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Events;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Mft.Tasks;

/// <summary>
/// The <c>mft-task</c> connector: file set, staging, compression, encryption, transfer and removal of the
/// source, each step checkpointed before the next begins. A restart of a run skips the steps its
/// checkpoints show completed and resumes the failed one from where its checkpoint and the files left it.
/// </summary>
/// <remarks>
/// The state store, operations store and endpoint factory are taken from the services when a run starts:
/// a host builds every connector just to list it, and that must not open the state store.
/// </remarks>
public sealed class MftTask(IServiceProvider services) : ITaskConnector<MftTaskDefinition>
{
    public static readonly ConnectorDescriptor TaskDescriptor = new(
        "mft-task",
        "MFT Task",
        ConnectorKind.Task,
        "1.0.0",
        typeof(MftTaskDefinition),
        null,
        "Managed file transfer: takes a file set from a source endpoint, optionally zips or gzips and OpenPGP-encrypts it, and transfers it to a destination endpoint with resume and verification; every step is persisted and a failed run restarts at the failed step.");

    public ConnectorDescriptor Descriptor => TaskDescriptor;

    public async Task<TaskRunResult> RunAsync(MftTaskDefinition definition, TaskRunContext run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(run);
        var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var record = await run.Checkpoints.GetRunAsync(run.RunId, cancellationToken).ConfigureAwait(false);
        var state = services.GetRequiredService<IStateStore>();
        var mft = new MftRun(
            definition,
            run,
            record?.StartedAt ?? clock.GetUtcNow(),
            Path.Combine(state.SpoolDirectory, "mft", run.RunId),
            services.GetRequiredService<IFileEndpointFactory>(),
            new PgpKeyProfiles(services.GetRequiredService<IOperationsStore>()),
            services.GetService<IEventPublisher>(),
            clock);
        var steps = MftStepPlan.For(definition);
        var saved = (await run.Checkpoints.GetStepsAsync(run.RunId, cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Index);
        var resumed = saved.Count > 0;
        var transferDone = saved.Values.Any(s => s.Step == "transfer" && s.State == StepState.Completed);
        await mft.LogAsync(null, $"{(resumed ? "resuming" : "starting")} {definition.Name}: {string.Join(" → ", steps.Select(s => s.Name))}").ConfigureAwait(false);
        await mft.PublishAsync(MftEventTypes.RunStarted, new Dictionary<string, object?> { ["task"] = definition.Name, ["resumed"] = resumed }).ConfigureAwait(false);

        for (var index = 0; index < steps.Count; index++)
        {
            var step = steps[index];
            if (saved.GetValueOrDefault(index) is { State: StepState.Completed } completed && completed.Step == step.Name)
            {
                var outputs = MftRun.ReadOutputs(completed);
                if (!transferDone && !WorkFilesPresent(outputs))
                {
                    // The spool was cleaned (or the run moved host) before the transfer finished: the
                    // step is cheap to redo from the source, which is never removed before the transfer.
                    await mft.LogAsync(step.Name, "its work files are gone; running it again", level: JobLogLevel.Warning).ConfigureAwait(false);
                    saved.Remove(index);
                    mft.WorkFilesRebuilt = true;
                }
                else
                {
                    mft.Accept(outputs);
                    await mft.LogAsync(step.Name, "completed in an earlier attempt; skipped").ConfigureAwait(false);
                    continue;
                }
            }

            var failure = await RunStepAsync(mft, step, index, saved.GetValueOrDefault(index), cancellationToken).ConfigureAwait(false);
            if (failure is not null)
            {
                await mft.PublishAsync(MftEventTypes.RunFailed, new Dictionary<string, object?> { ["task"] = definition.Name, ["step"] = step.Name, ["error"] = failure }).ConfigureAwait(false);
                return new TaskRunResult
                {
                    RunId = run.RunId,
                    State = TaskRunState.Failed,
                    FailedStep = step.Name,
                    Error = failure,
                    FilesTransferred = mft.Transferred.Count,
                    BytesTransferred = mft.Transferred.Sum(f => f.Size),
                };
            }
        }

        RemoveWorkFolder(mft.WorkFolder);
        var bytes = mft.Transferred.Sum(f => f.Size);
        await mft.LogAsync(null, $"{mft.Transferred.Count} files transferred to {definition.Destination.Endpoint}", bytes: bytes).ConfigureAwait(false);
        await mft.PublishAsync(MftEventTypes.RunCompleted, new Dictionary<string, object?> { ["task"] = definition.Name, ["files"] = mft.Transferred.Count, ["bytes"] = bytes }).ConfigureAwait(false);
        return new TaskRunResult { RunId = run.RunId, State = TaskRunState.Completed, FilesTransferred = mft.Transferred.Count, BytesTransferred = bytes };
    }

    /// <summary>Runs one step under its checkpoint; returns what to fix when it failed, null when it completed.</summary>
    private static async Task<string?> RunStepAsync(MftRun mft, IMftStep step, int index, StepCheckpoint? previous, CancellationToken cancellationToken)
    {
        var checkpoint = (previous is not null && previous.Step == step.Name
            ? previous
            : new StepCheckpoint { RunId = mft.RunId, Index = index, Step = step.Name }) with
        {
            State = StepState.Running,
            Error = null,
            StartedAt = mft.Clock.GetUtcNow(),
            EndedAt = null,
        };
        await mft.SaveAsync(checkpoint, cancellationToken).ConfigureAwait(false);
        await mft.LogAsync(step.Name, previous is null ? "step started" : "step started again").ConfigureAwait(false);
        var watch = Stopwatch.StartNew();
        try
        {
            var done = await step.RunAsync(mft, checkpoint, cancellationToken).ConfigureAwait(false) with
            {
                State = StepState.Completed,
                EndedAt = mft.Clock.GetUtcNow(),
            };
            var elapsed = watch.Elapsed;

            // One commit for both (see TransferStep): the step's end and the line that tells of it.
            await Task.WhenAll(
                mft.SaveAsync(done, cancellationToken),
                mft.LogAsync(step.Name, $"step completed in {elapsed.TotalSeconds:0.000} s", bytes: done.Bytes)).ConfigureAwait(false);
            mft.Accept(MftRun.ReadOutputs(done));
            await mft.PublishAsync(MftEventTypes.StepCompleted, new Dictionary<string, object?> { ["task"] = mft.Definition.Name, ["step"] = step.Name, ["index"] = index, ["bytes"] = done.Bytes }).ConfigureAwait(false);
            return null;
        }
#pragma warning disable CA1031 // Whatever stops a step fails the run at that step, restartable; only cancellation passes.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            // The step's own progress saves are kept: the failed checkpoint only adds the error.
            var latest = (await mft.LatestAsync(index).ConfigureAwait(false)) ?? checkpoint;
            await mft.SaveAsync(latest with { State = StepState.Failed, Error = e.Message, EndedAt = mft.Clock.GetUtcNow() }, CancellationToken.None).ConfigureAwait(false);
            await mft.LogAsync(step.Name, e.Message, level: JobLogLevel.Error).ConfigureAwait(false);
            return e.Message;
        }
    }

    private static bool WorkFilesPresent(MftStepOutputs outputs) =>
        outputs.WorkFiles is null || outputs.WorkFiles.All(f => File.Exists(f.LocalPath) && new FileInfo(f.LocalPath).Length == f.Size);

    private static void RemoveWorkFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A work file still open elsewhere; the spool is cleaned with the run's state later.
        }
    }
}
