using System.Net;
using System.Text.Json;
using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests.Api;

public sealed class When_a_failed_run_is_restarted_over_http
{
    [Fact]
    public async Task The_run_started_over_http_fails_its_log_follows_it_and_the_restart_completes_it()
    {
        using var workspace = new Workspace();
        ServedApi.WriteKeyProfile(workspace);
        var marker = ServedApi.WriteTwoStepTask(workspace);
        await using var api = await ServedApi.StartAsync(workspace);

        var (started, startedBody) = await api.SendAsync(ServedApi.Authorized(HttpMethod.Post, "/api/tasks/Ops.TwoSteps/runs"));
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, $"starting a run should answer 202: {(int)started.StatusCode} {startedBody}{Environment.NewLine}{api.Serving.All}");
        var runId = JsonDocument.Parse(startedBody).RootElement.GetProperty("runId").GetString()!;
        Assert.True(started.Headers.Location?.OriginalString == $"/api/runs/{runId}", $"Location should point at the run's status, was '{started.Headers.Location}'");

        var followed = await FollowLogAsync(api, runId);
        var failed = await api.WaitUntilEndedAsync(runId);
        File.Delete(marker);
        var (restarted, restartedBody) = await api.SendAsync(ServedApi.Authorized(HttpMethod.Post, $"/api/runs/{runId}/restart"));
        var completed = await api.WaitUntilEndedAsync(runId);
        var (again, againBody) = await api.SendAsync(ServedApi.Authorized(HttpMethod.Post, $"/api/runs/{runId}/restart"));
        var (log, logBody) = await api.SendAsync(ServedApi.Authorized(HttpMethod.Get, $"/api/runs/{runId}/log?after=0"));

        Assert.True(followed.Count(line => line.Contains("transfer ran with label first", StringComparison.Ordinal)) == 1, $"the followed log should show the transfer step:{Environment.NewLine}{string.Join(Environment.NewLine, followed)}");
        Assert.True(followed[^1].Contains("run failed", StringComparison.Ordinal), $"the followed log should end with the run's failure:{Environment.NewLine}{string.Join(Environment.NewLine, followed)}");
        Assert.True(failed.GetProperty("state").GetString() == "failed", $"status should show the run failed: {failed}");
        Assert.True(failed.GetProperty("failedStep").GetString() == "transfer", $"status should name the failed step: {failed}");
        Assert.True(failed.GetProperty("error").GetString() == "the marker file exists", $"status should carry the step's error: {failed}");
        Assert.True(StepState(failed, 0) == "completed" && StepState(failed, 1) == "failed", $"status should show each step's state: {failed}");
        Assert.True(failed.GetProperty("steps")[0].GetProperty("bytes").GetInt64() == 10, $"status should show a step's bytes: {failed}");
        Assert.True(restarted.StatusCode == HttpStatusCode.Accepted, $"a restart should answer 202: {(int)restarted.StatusCode} {restartedBody}");
        Assert.True(completed.GetProperty("state").GetString() == "completed", $"the restarted run should complete: {completed}");
        Assert.True(completed.GetProperty("runId").GetString() == runId, $"the restart should keep the run id: {completed}");
        Assert.True(StepState(completed, 1) == "completed", $"the failed step should complete on restart: {completed}");
        Assert.True(completed.GetProperty("endedAt").ValueKind == JsonValueKind.String, $"a run that ended should say when: {completed}");
        Assert.True(again.StatusCode == HttpStatusCode.Conflict, $"restarting a completed run should answer 409: {(int)again.StatusCode} {againBody}");
        Assert.True(again.Content.Headers.ContentType?.MediaType == "application/problem+json", $"the refusal should be problem details: {again.Content.Headers.ContentType}");
        Assert.True(log.IsSuccessStatusCode && Count(logBody, "prepare ran") == 1 && Count(logBody, "transfer ran") == 2, $"the log should show the prepare step once and the transfer twice: {logBody}");
    }

    private static async Task<List<string>> FollowLogAsync(ServedApi api, string runId)
    {
        using var request = ServedApi.Authorized(HttpMethod.Get, $"/api/runs/{runId}/log?follow=true");
        using var response = await api.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.True(response.IsSuccessStatusCode, $"following the log should succeed: {(int)response.StatusCode}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/x-ndjson", $"a followed log should be NDJSON: {response.Content.Headers.ContentType}");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var lines = new List<string>();
        var sequences = new List<long>();
        while (await reader.ReadLineAsync() is { } line)
        {
            var entry = JsonDocument.Parse(line).RootElement;
            sequences.Add(entry.GetProperty("sequence").GetInt64());
            lines.Add(entry.GetProperty("message").GetString()!);
        }

        Assert.True(sequences.SequenceEqual(sequences.Order().Distinct()), $"followed lines should come once each, in order: {string.Join(", ", sequences)}");
        Assert.True(lines.Count > 0, "the followed log should have lines");
        return lines;
    }

    private static string? StepState(JsonElement status, int index) =>
        status.GetProperty("steps")[index].GetProperty("state").GetString();

    private static int Count(string text, string what) =>
        (text.Length - text.Replace(what, string.Empty, StringComparison.Ordinal).Length) / what.Length;
}
