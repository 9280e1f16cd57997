using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Connectors;
using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Properties;
using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;

namespace Connectors.Host.Tests.Fixtures;

[ConnectorProperties("Two-step task", "Prepares, then transfers; the transfer fails while a marker file exists.")]
public sealed record TwoStepDefinition
{
    [Property("Marker", "While this file exists, the transfer step fails.")]
    [Required]
    public string Marker { get; init; } = string.Empty;

    [Property("Label", "Written to the job log by every step, to show which definition ran.")]
    public string Label { get; init; } = string.Empty;
}

/// <summary>A task connector as the contract asks: it checkpoints each step and skips the completed ones on a restart.</summary>
public sealed class TwoStepTask : ITaskConnector<TwoStepDefinition>
{
    public static readonly ConnectorDescriptor TaskDescriptor = new(
        "two-step-task",
        "Two-step task",
        ConnectorKind.Task,
        "1.0.0",
        typeof(TwoStepDefinition),
        null,
        "Prepares, then transfers; used to test task runs and restarts.");

    private static readonly string[] Steps = ["prepare", "transfer"];

    public ConnectorDescriptor Descriptor => TaskDescriptor;

    public async Task<TaskRunResult> RunAsync(TwoStepDefinition definition, TaskRunContext run, CancellationToken cancellationToken)
    {
        var completed = (await run.Checkpoints.GetStepsAsync(run.RunId, cancellationToken))
            .Where(step => step.State == StepState.Completed)
            .Select(step => step.Index)
            .ToHashSet();
        for (var index = 0; index < Steps.Length; index++)
        {
            if (completed.Contains(index))
            {
                continue;
            }

            var step = Steps[index];
            var started = DateTimeOffset.UtcNow;
            await run.JobLog.AppendAsync(new JobLogEntry { RunId = run.RunId, Step = step, Message = $"{step} ran with label {definition.Label}" }, cancellationToken);
            if (step == "transfer" && File.Exists(definition.Marker))
            {
                await run.Checkpoints.SaveStepAsync(new StepCheckpoint { RunId = run.RunId, Index = index, Step = step, State = StepState.Failed, Error = "the marker file exists", StartedAt = started, EndedAt = DateTimeOffset.UtcNow }, cancellationToken);
                return new TaskRunResult { RunId = run.RunId, State = TaskRunState.Failed, FailedStep = step, Error = "the marker file exists" };
            }

            await run.Checkpoints.SaveStepAsync(new StepCheckpoint { RunId = run.RunId, Index = index, Step = step, State = StepState.Completed, Bytes = 10, StartedAt = started, EndedAt = DateTimeOffset.UtcNow }, cancellationToken);
        }

        return new TaskRunResult { RunId = run.RunId, State = TaskRunState.Completed, FilesTransferred = 1, BytesTransferred = 10 };
    }
}
