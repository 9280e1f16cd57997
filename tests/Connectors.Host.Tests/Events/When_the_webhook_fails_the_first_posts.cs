using System.Text.Json;
using Connectors.Host.Tests.Api;
using Connectors.Host.Tests.Fixtures;
using Connectors.Sdk.Hosting.Registration;

namespace Connectors.Host.Tests.Events;

public sealed class When_the_webhook_fails_the_first_posts
{
    [Fact]
    public async Task The_event_is_sent_again_with_back_off_until_the_webhook_takes_it()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        using var workspace = new Workspace();
        var marker = ServedApi.WriteTwoStepTask(workspace);
        File.Delete(marker);
        workspace.WriteProfile("ops-events", $$"""{ "type": "webhook", "url": "{{receiver.Url}}" }""");

        var run = await ConnectorsCommand.RunAsync(workspace.Args("task", "run", "Ops.TwoSteps"), CancellationToken.None, connectors: builder => builder.AddTask<TwoStepTask, TwoStepDefinition>());
        await receiver.WaitForAsync(2, ServedApi.Patience);

        var types = receiver.Received.Select(post => JsonDocument.Parse(post.Body).RootElement.GetProperty("type").GetString()).ToList();
        Assert.True(run.ExitCode == 0, $"the run should complete:{Environment.NewLine}{run.All}");
        Assert.True(receiver.Posts == 4, $"two refused POSTs and two delivered ones were expected, got {receiver.Posts} POSTs");
        Assert.True(types.SequenceEqual(["com.connectorpack.task.run.started", "com.connectorpack.task.run.completed"]), $"the retried event should arrive, in order with the next: {string.Join(", ", types)}");
        Assert.True(run.Error.Contains("trying again", StringComparison.Ordinal), $"the failed attempts should be logged:{Environment.NewLine}{run.All}");
    }
}
