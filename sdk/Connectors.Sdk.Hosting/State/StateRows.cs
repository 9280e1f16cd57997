using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;

namespace Connectors.Sdk.Hosting.State;

/// <summary>The state records as the tables of every backend hold them, column by column.</summary>
internal static class StateRows
{
    public static TaskRunRecord Run<TRow>(TRow row)
        where TRow : IStateRow => new()
    {
        RunId = row.Text("run_id"),
        TaskName = row.Text("task_name"),
        DefinitionJson = row.Text("definition_json"),
        State = row.Enum<TaskRunState>("state"),
        FailedStep = row.NullableText("failed_step"),
        Error = row.NullableText("error"),
        StartedAt = row.Time("started_at"),
        EndedAt = row.NullableTime("ended_at"),
    };

    public static StepCheckpoint Step<TRow>(TRow row)
        where TRow : IStateRow => new()
    {
        RunId = row.Text("run_id"),
        Index = (int)row.Long("step_index"),
        Step = row.Text("step"),
        State = row.Enum<StepState>("state"),
        InputsJson = row.Text("inputs_json"),
        OutputsJson = row.Text("outputs_json"),
        Bytes = row.Long("bytes"),
        Offset = row.Long("resume_offset"),
        Error = row.NullableText("error"),
        StartedAt = row.Time("started_at"),
        EndedAt = row.NullableTime("ended_at"),
    };

    public static DeliveryRecord Delivery<TRow>(TRow row)
        where TRow : IStateRow => new()
    {
        CorrelationId = row.Text("correlation_id"),
        Channel = row.Text("channel"),
        Partner = row.Text("partner"),
        MatchKey = row.Text("match_key"),
        State = row.Enum<DeliveryState>("state"),
        ReasonCode = row.NullableText("reason_code"),
        Reason = row.NullableText("reason"),
        Bytes = row.Long("bytes"),
        Details = row.Dictionary("details"),
        CreatedAt = row.Time("created_at"),
        CompletedAt = row.NullableTime("completed_at"),
    };

    public static InboxEntry Inbox<TRow>(TRow row)
        where TRow : IStateRow => new()
    {
        DeliveryId = row.Text("delivery_id"),
        Channel = row.Text("channel"),
        Partner = row.Text("partner"),
        DuplicateKey = row.Text("duplicate_key"),
        PayloadPath = row.Text("payload_path"),
        Bytes = row.Long("bytes"),
        Headers = row.Dictionary("headers"),
        ReceivedAt = row.Time("received_at"),
        Acknowledged = row.Boolean("acknowledged"),
    };

    public static JobLogEntry JobLog<TRow>(TRow row)
        where TRow : IStateRow => new()
    {
        RunId = row.Text("run_id"),
        Step = row.NullableText("step"),
        Level = row.Enum<JobLogLevel>("level"),
        Message = row.Text("message"),
        File = row.NullableText("file"),
        Bytes = row.NullableLong("bytes"),
        BytesPerSecond = row.NullableDouble("bytes_per_second"),
        At = row.Time("at"),
    };

    public static OutboundItem Outbound<TRow>(TRow row)
        where TRow : IStateRow => new()
    {
        Id = row.Text("id"),
        Channel = row.Text("channel"),
        Partner = row.Text("partner"),
        PayloadPath = row.Text("payload_path"),
        Payload = row.NullableBytes("payload") is { } payload ? new ReadOnlyMemory<byte>(payload) : (ReadOnlyMemory<byte>?)null,
        Headers = row.Dictionary("headers"),
        State = row.Enum<OutboundState>("state"),
        Attempts = (int)row.Long("attempts"),
        NextAttemptAt = row.Time("next_attempt_at"),
        LastError = row.NullableText("last_error"),
        CreatedAt = row.Time("created_at"),
        UpdatedAt = row.Time("updated_at"),
    };
}
