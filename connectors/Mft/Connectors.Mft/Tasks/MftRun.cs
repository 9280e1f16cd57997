using Connectors.Mft.Crypto;
using Connectors.Mft.Endpoints;
using Connectors.Sdk.Events;
using Connectors.Sdk.Hosting.Json;
using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;

namespace Connectors.Mft.Tasks;

/// <summary>
/// One attempt at a run as its steps see it: the frozen definition, the work folder, the endpoints and
/// keys, what earlier steps produced, and the means to checkpoint, log and publish.
/// </summary>
internal sealed class MftRun(
    MftTaskDefinition definition,
    TaskRunContext context,
    DateTimeOffset startedAt,
    string workFolder,
    IFileEndpointFactory endpoints,
    PgpKeyProfiles keys,
    IEventPublisher? events,
    TimeProvider clock)
{
    public MftTaskDefinition Definition { get; } = definition;

    public string RunId => context.RunId;

    /// <summary>When the run (not this attempt) started: date tokens in names come from it.</summary>
    public DateTimeOffset StartedAt { get; } = startedAt;

    public string WorkFolder { get; } = workFolder;

    public IFileEndpointFactory Endpoints { get; } = endpoints;

    public PgpKeyProfiles Keys { get; } = keys;

    public TimeProvider Clock { get; } = clock;

    public IReadOnlyList<RemoteFile> SourceFiles { get; private set; } = [];

    public IReadOnlyList<WorkFile> WorkFiles { get; private set; } = [];

    public IReadOnlyList<TransferredFile> Transferred { get; private set; } = [];

    /// <summary>
    /// True when this attempt made the work files again: encryption is randomised, so a partial file at
    /// the destination is no prefix of the new one and must not be continued.
    /// </summary>
    public bool WorkFilesRebuilt { get; set; }

    /// <summary>Takes in what a completed step produced, now or in an earlier attempt.</summary>
    public void Accept(MftStepOutputs outputs)
    {
        SourceFiles = outputs.SourceFiles ?? SourceFiles;
        WorkFiles = outputs.WorkFiles ?? WorkFiles;
        Transferred = outputs.Transferred ?? Transferred;
    }

    public static MftStepOutputs ReadOutputs(StepCheckpoint checkpoint) => ConnectorJson.Deserialize<MftStepOutputs>(checkpoint.OutputsJson);

    public static string Json(object value) => ConnectorJson.Serialize(value);

    /// <summary>Stores the step's progress durably before the work goes on.</summary>
    public Task SaveAsync(StepCheckpoint checkpoint, CancellationToken cancellationToken) =>
        context.Checkpoints.SaveStepAsync(checkpoint, cancellationToken);

    /// <summary>The step's checkpoint as last saved.</summary>
    public async Task<StepCheckpoint?> LatestAsync(int index) =>
        (await context.Checkpoints.GetStepsAsync(RunId, CancellationToken.None).ConfigureAwait(false)).FirstOrDefault(s => s.Index == index);

    public Task LogAsync(string? step, string message, string? file = null, long? bytes = null, double? bytesPerSecond = null, JobLogLevel level = JobLogLevel.Information) =>
        context.JobLog.AppendAsync(
            new JobLogEntry
            {
                RunId = RunId,
                Step = step,
                Level = level,
                Message = message,
                File = file,
                Bytes = bytes,
                BytesPerSecond = bytesPerSecond,
                At = Clock.GetUtcNow(),
            },
            CancellationToken.None);

    /// <summary>Publishes an event; a publisher that fails never fails the run.</summary>
    public async Task PublishAsync(string type, IReadOnlyDictionary<string, object?> data)
    {
        if (events is null)
        {
            return;
        }

        try
        {
            await events.PublishAsync(new ConnectorEvent { Type = type, Subject = RunId, Time = Clock.GetUtcNow(), Data = data }, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Events are best effort by contract; the transfer matters more.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await LogAsync(null, $"event {type} could not be published: {e.Message}", level: JobLogLevel.Warning).ConfigureAwait(false);
        }
    }
}
