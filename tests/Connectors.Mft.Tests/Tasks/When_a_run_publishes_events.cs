using Connectors.Mft.Tasks;
using Connectors.Mft.Tests.Tasks.Fixtures;
using Connectors.Sdk.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Mft.Tests.Tasks;

public sealed class When_a_run_publishes_events
{
    [Fact]
    public async Task Start_each_step_each_file_and_the_end_are_published_with_the_run_as_subject()
    {
        var events = new CapturingEventPublisher();
        await using var workspace = new MftWorkspace(c => c.Services.AddSingleton<IEventPublisher>(events));
        workspace.WriteSource("one.txt", TestFiles.Content(100, 15));
        workspace.WriteSource("two.txt", TestFiles.Content(100, 16));

        var (runId, _) = await workspace.RunAsync(MftWorkspace.Definition());
        var types = events.Events.Select(e => e.Type).ToList();

        Assert.True(types.First() == MftEventTypes.RunStarted && types.Last() == MftEventTypes.RunCompleted, $"the run should start and end the events: {string.Join(", ", types)}");
        Assert.True(types.Count(t => t == MftEventTypes.StepCompleted) == 4, $"each of the four steps should be published: {string.Join(", ", types)}");
        Assert.True(types.Count(t => t == MftEventTypes.FileTransferred) == 2, $"each file should be published: {string.Join(", ", types)}");
        Assert.True(events.Events.All(e => e.Subject == runId), "every event's subject should be the run id");
    }

    [Fact]
    public async Task A_failed_run_publishes_its_failed_step()
    {
        var events = new CapturingEventPublisher();
        await using var workspace = new MftWorkspace(c => c.Services.AddSingleton<IEventPublisher>(events));
        var definition = MftWorkspace.Definition();
        definition["destination"]!["endpoint"] = "nowhere";

        _ = await workspace.RunAsync(definition);
        var failed = events.Events.SingleOrDefault(e => e.Type == MftEventTypes.RunFailed);

        Assert.True(failed is not null && (string?)failed.Data["step"] == "file-set", $"a run.failed event should name the failed step: {string.Join(", ", events.Events.Select(e => e.Type))}");
    }
}
