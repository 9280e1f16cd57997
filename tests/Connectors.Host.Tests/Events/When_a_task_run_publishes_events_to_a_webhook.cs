using System.Globalization;
using System.Text.Json;
using Connectors.Host.Tests.Api;
using Connectors.Host.Tests.Fixtures;
using Connectors.Sdk.Hosting.Registration;

namespace Connectors.Host.Tests.Events;

public sealed class When_a_task_run_publishes_events_to_a_webhook
{
    private const string Token = "Webhook-Bearer-0c4e";

    [Fact]
    public async Task The_webhook_receives_structured_cloud_events_with_unique_ids_for_the_run_started_and_failed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var workspace = new Workspace();
        ServedApi.WriteTwoStepTask(workspace);
        workspace.WriteProfile("ops-events", $$"""{ "type": "webhook", "url": "{{receiver.Url}}", "bearerToken": "{{Token}}" }""");

        var run = await ConnectorsCommand.RunAsync(workspace.Args("task", "run", "Ops.TwoSteps"), CancellationToken.None, connectors: builder => builder.AddTask<TwoStepTask, TwoStepDefinition>());
        await receiver.WaitForAsync(2, ServedApi.Patience);

        var events = receiver.Received.Select(post => JsonDocument.Parse(post.Body).RootElement).ToList();
        var runId = events[0].GetProperty("subject").GetString();
        Assert.True(run.ExitCode == 9, $"the run should fail on the marker:{Environment.NewLine}{run.All}");
        Assert.True(receiver.Received.All(post => post.ContentType?.StartsWith("application/cloudevents+json", StringComparison.Ordinal) == true), $"events should be posted in structured mode: {string.Join(", ", receiver.Received.Select(p => p.ContentType))}");
        Assert.True(receiver.Received.All(post => post.Authorization == $"Bearer {Token}"), "every delivery should carry the profile's bearer token");
        Assert.True(events.Select(e => e.GetProperty("type").GetString()).SequenceEqual(["com.connectorpack.task.run.started", "com.connectorpack.task.run.failed"]), $"the run should report started, then failed: {Bodies(receiver)}");
        Assert.True(events.Select(e => e.GetProperty("id").GetString()).Distinct().Count() == events.Count, $"each event's id should be unique: {Bodies(receiver)}");
        foreach (var cloudEvent in events)
        {
            Assert.True(cloudEvent.GetProperty("specversion").GetString() == "1.0", $"specversion should be 1.0: {cloudEvent}");
            Assert.True(cloudEvent.GetProperty("source").GetString()?.StartsWith("/connectors/", StringComparison.Ordinal) == true, $"source should name the host: {cloudEvent}");
            Assert.True(cloudEvent.GetProperty("subject").GetString() == runId && run.Output.Contains($"run {runId} of Ops.TwoSteps", StringComparison.Ordinal), $"subject should be the run id: {cloudEvent}{Environment.NewLine}{run.All}");
            Assert.True(cloudEvent.GetProperty("datacontenttype").GetString() == "application/json", $"datacontenttype should be application/json: {cloudEvent}");
            Assert.True(DateTimeOffset.TryParseExact(cloudEvent.GetProperty("time").GetString(), "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _), $"time should be RFC 3339 in UTC: {cloudEvent}");
            Assert.True(cloudEvent.GetProperty("data").GetProperty("task").GetString() == "Ops.TwoSteps", $"data should name the task: {cloudEvent}");
        }

        var failed = events[1].GetProperty("data");
        Assert.True(failed.GetProperty("failedStep").GetString() == "transfer" && failed.GetProperty("error").GetString() == "the marker file exists", $"the failed event should name the step and the error: {failed}");
        Assert.True(!Bodies(receiver).Contains(Token, StringComparison.Ordinal), $"no event should carry the webhook's token: {Bodies(receiver)}");
    }

    private static string Bodies(WebhookReceiver receiver) => string.Join(Environment.NewLine, receiver.Received.Select(post => post.Body));
}
