using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.Tests.State;

/// <summary>Records as the connectors would write them, varied only where a test needs it.</summary>
internal static class Samples
{
    public const string Channel = "oftp2-sender";
    public const string Partner = "acme";

    public static OutboundItem Outbound(string id, string partner = Partner, string channel = Channel, DateTimeOffset createdAt = default) => new()
    {
        Id = id,
        Channel = channel,
        Partner = partner,
        PayloadPath = $"/spool/{id}.bin",
        Headers = new Dictionary<string, string> { ["file-name"] = $"{id}.xml", ["correlation-id"] = id },
        CreatedAt = createdAt,
    };

    public static InboxEntry Inbound(string deliveryId, string duplicateKey, string partner = Partner, string channel = "oftp2-receiver") => new()
    {
        DeliveryId = deliveryId,
        Channel = channel,
        Partner = partner,
        DuplicateKey = duplicateKey,
        PayloadPath = $"/inbox/{deliveryId}.bin",
        Bytes = 1024,
        Headers = new Dictionary<string, string> { ["file-name"] = "ORDERS.EDI" },
    };

    public static DeliveryRecord Delivery(string correlationId, string matchKey, string partner = Partner, string channel = Channel) => new()
    {
        CorrelationId = correlationId,
        Channel = channel,
        Partner = partner,
        MatchKey = matchKey,
        Bytes = 2048,
        Details = new Dictionary<string, string> { ["sha256"] = "9f86d081884c7d65", ["signed-receipt"] = "true" },
    };

    public static TaskRunRecord Run(string runId, string taskName = "nightly-invoices", DateTimeOffset startedAt = default) => new()
    {
        RunId = runId,
        TaskName = taskName,
        DefinitionJson = """{"source":"sftp://files/out","destination":"s3://archive"}""",
        StartedAt = startedAt,
    };

    public static StepCheckpoint Step(string runId, int index, string step, StepState state = StepState.Running) => new()
    {
        RunId = runId,
        Index = index,
        Step = step,
        State = state,
    };

    public static JobLogEntry Line(string runId, string message) => new()
    {
        RunId = runId,
        Message = message,
    };
}
