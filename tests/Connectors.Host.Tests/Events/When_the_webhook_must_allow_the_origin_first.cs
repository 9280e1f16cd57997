using System.Text.Json;
using Connectors.Host.Tests.Api;
using Connectors.Host.Tests.Fixtures;
using Connectors.Sdk.Hosting.Registration;

namespace Connectors.Host.Tests.Events;

public sealed class When_the_webhook_must_allow_the_origin_first
{
    private const string Origin = "connectors.example.com";
    private const string Token = "Webhook-Bearer-51d7";

    [Fact]
    public async Task Events_go_only_after_the_receiver_allowed_the_origin_carry_it_and_keep_to_the_allowed_rate()
    {
        await using var receiver = await WebhookReceiver.StartAsync(allowOrigin: Origin, allowRate: "120");
        var run = await RunTaskAsync(receiver, $$""", "bearerToken": "{{Token}}" """);
        await receiver.WaitForAsync(2, ServedApi.Patience);

        var posts = receiver.Received.ToList();
        Assert.True(run.ExitCode == 0, $"the run should complete:{Environment.NewLine}{run.All}");
        Assert.True(receiver.Validations.SequenceEqual([$"{Origin} Bearer {Token}"]), $"one validation request naming the origin, with the token, should come before the events: {string.Join(" | ", receiver.Validations)}");
        Assert.True(posts.All(post => post.Origin == Origin), $"every event should carry the allowed origin: {string.Join(", ", posts.Select(p => p.Origin))}");
        Assert.True(posts.Select(post => JsonDocument.Parse(post.Body).RootElement.GetProperty("type").GetString()).SequenceEqual(["com.connectorpack.task.run.started", "com.connectorpack.task.run.completed"]), "both events should arrive, in order");
        var gap = posts[1].ArrivedAt - posts[0].ArrivedAt;
        Assert.True(gap >= TimeSpan.FromMilliseconds(450), $"120 requests a minute allows one every 0.5 s; the second event came {gap.TotalMilliseconds:0} ms after the first");
    }

    [Theory]
    [InlineData(null, "OPTIONS was answered 405")]
    [InlineData("other.example", "allows events from origin 'other.example', not from 'connectors.example.com'")]
    public async Task A_receiver_that_does_not_allow_the_origin_gets_no_event_and_the_log_says_what_to_fix(string? allowed, string reason)
    {
        await using var receiver = await WebhookReceiver.StartAsync(allowOrigin: allowed);
        var run = await RunTaskAsync(receiver, string.Empty);

        Assert.True(run.ExitCode == 0, $"a webhook that refuses should not fail the run:{Environment.NewLine}{run.All}");
        Assert.True(receiver.Posts == 0, $"no event should be posted to a receiver that did not allow the origin, got {receiver.Posts}");
        Assert.True(run.Error.Contains(reason, StringComparison.Ordinal) && run.Error.Contains($"configure the receiver to allow origin {Origin}", StringComparison.Ordinal), $"the log should say why and what to fix:{Environment.NewLine}{run.All}");
    }

    [Fact]
    public async Task An_origin_that_is_not_a_host_name_is_refused_by_validation()
    {
        using var workspace = new Workspace();
        workspace.WriteProfile("ops-events", """{ "type": "webhook", "url": "https://events.example/connectors", "origin": "https://connectors.example.com/" }""");

        var result = await ConnectorsCommand.RunAsync(workspace.Args("profiles", "validate"));

        Assert.True(result.ExitCode == 3 && result.Output.Contains("ops-events.json#/origin [origin]", StringComparison.Ordinal) && result.Output.Contains("DNS name", StringComparison.Ordinal), $"an origin with a scheme should be refused by pointer, saying what it must be:{Environment.NewLine}{result.All}");
    }

    /// <summary>Runs a task that completes, with one webhook profile of <see cref="Origin"/> and <paramref name="moreProperties"/>.</summary>
    private static async Task<CliResult> RunTaskAsync(WebhookReceiver receiver, string moreProperties)
    {
        using var workspace = new Workspace();
        File.Delete(ServedApi.WriteTwoStepTask(workspace));
        workspace.WriteProfile("ops-events", $$"""{ "type": "webhook", "url": "{{receiver.Url}}", "origin": "{{Origin}}"{{moreProperties}} }""");
        return await ConnectorsCommand.RunAsync(workspace.Args("task", "run", "Ops.TwoSteps"), CancellationToken.None, connectors: builder => builder.AddTask<TwoStepTask, TwoStepDefinition>());
    }
}
