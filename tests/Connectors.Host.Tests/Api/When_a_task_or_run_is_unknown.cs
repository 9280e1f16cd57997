using System.Net;
using System.Text.Json;
using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests.Api;

public sealed class When_a_task_or_run_is_unknown
{
    [Fact]
    public async Task The_answer_is_404_problem_details_naming_the_known_ones()
    {
        using var workspace = new Workspace();
        ServedApi.WriteKeyProfile(workspace);
        ServedApi.WriteTwoStepTask(workspace);
        await using var api = await ServedApi.StartAsync(workspace);

        var (task, taskBody) = await api.SendAsync(ServedApi.Authorized(HttpMethod.Post, "/api/tasks/Ops.Missing/runs"));
        var (run, runBody) = await api.SendAsync(ServedApi.Authorized(HttpMethod.Get, "/api/runs/20990101-000000-abcdef"));
        var (log, logBody) = await api.SendAsync(ServedApi.Authorized(HttpMethod.Get, "/api/runs/20990101-000000-abcdef/log"));
        var (tasks, tasksBody) = await api.SendAsync(ServedApi.Authorized(HttpMethod.Get, "/api/tasks"));

        Assert.True(task.StatusCode == HttpStatusCode.NotFound, $"an unknown task should answer 404: {(int)task.StatusCode} {taskBody}");
        Assert.True(task.Content.Headers.ContentType?.MediaType == "application/problem+json", $"a 404 should be problem details: {task.Content.Headers.ContentType}");
        Assert.True(taskBody.Contains("Ops.Missing", StringComparison.Ordinal), $"the 404 should name the unknown task: {taskBody}");
        var known = JsonDocument.Parse(taskBody).RootElement.GetProperty("knownTasks").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(known.SequenceEqual(["Ops.TwoSteps"]), $"the 404 should list the known tasks: {taskBody}");
        Assert.True(run.StatusCode == HttpStatusCode.NotFound && runBody.Contains("20990101-000000-abcdef", StringComparison.Ordinal), $"an unknown run should answer 404 naming it: {(int)run.StatusCode} {runBody}");
        Assert.True(log.StatusCode == HttpStatusCode.NotFound, $"the log of an unknown run should answer 404: {(int)log.StatusCode} {logBody}");
        Assert.True(tasks.IsSuccessStatusCode && tasksBody.Contains("\"Ops.TwoSteps\"", StringComparison.Ordinal), $"GET /api/tasks should list the task: {tasksBody}");
    }
}
