using System.Net;
using System.Text.Json;
using Connectors.Host.Tests.Api;
using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests.Events;

public sealed class When_a_run_started_over_http_publishes_events
{
    [Fact]
    public async Task Serve_posts_the_runs_started_and_completed_events_to_the_webhook()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var workspace = new Workspace();
        ServedApi.WriteKeyProfile(workspace);
        File.Delete(ServedApi.WriteTwoStepTask(workspace));
        workspace.WriteProfile("ops-events", $$"""{ "type": "webhook", "url": "{{receiver.Url}}" }""");
        await using var api = await ServedApi.StartAsync(workspace);

        var (started, body) = await api.SendAsync(ServedApi.Authorized(HttpMethod.Post, "/api/tasks/Ops.TwoSteps/runs"));
        var runId = JsonDocument.Parse(body).RootElement.GetProperty("runId").GetString();
        await receiver.WaitForAsync(2, ServedApi.Patience);

        var events = receiver.Received.Select(post => JsonDocument.Parse(post.Body).RootElement).ToList();
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, $"the run should start: {(int)started.StatusCode} {body}");
        Assert.True(events.Select(e => e.GetProperty("type").GetString()).SequenceEqual(["com.connectorpack.task.run.started", "com.connectorpack.task.run.completed"]), $"serve should publish the run's start and end: {string.Join(Environment.NewLine, receiver.Received.Select(p => p.Body))}");
        Assert.True(events.All(e => e.GetProperty("subject").GetString() == runId), $"each event's subject should be the run id {runId}");
        Assert.True(events[1].GetProperty("data").GetProperty("bytesTransferred").GetInt64() == 10, $"the completed event should carry the bytes moved: {events[1]}");
    }
}
