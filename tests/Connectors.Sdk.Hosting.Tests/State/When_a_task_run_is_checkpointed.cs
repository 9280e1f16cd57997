using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;

namespace Connectors.Sdk.Hosting.Tests.State;

public abstract class When_a_task_run_is_checkpointed(IStateStoreBackend backend) : StateStoreContract(backend)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Store.Checkpoints.CreateRunAsync(Samples.Run("run-1"), None);
    }

    [Fact]
    public async Task Steps_come_back_in_step_order()
    {
        await Store.Checkpoints.SaveStepAsync(Samples.Step("run-1", 2, "encrypt"), None);
        await Store.Checkpoints.SaveStepAsync(Samples.Step("run-1", 0, "list"), None);
        await Store.Checkpoints.SaveStepAsync(Samples.Step("run-1", 1, "compress"), None);

        var steps = await Store.Checkpoints.GetStepsAsync("run-1", None);

        Expect.Sequence(["list", "compress", "encrypt"], steps.Select(step => step.Step), "a run's checkpoints should come back in step order");
    }

    [Fact]
    public async Task Saving_a_step_again_replaces_its_checkpoint()
    {
        await Store.Checkpoints.SaveStepAsync(Samples.Step("run-1", 0, "transfer:a.xml") with { Bytes = 100, Offset = 100 }, None);
        await Store.Checkpoints.SaveStepAsync(
            Samples.Step("run-1", 0, "transfer:a.xml", StepState.Completed) with { Bytes = 500, Offset = 500, OutputsJson = """{"sha256":"abc"}""", EndedAt = Clock.GetUtcNow() },
            None);

        var steps = await Store.Checkpoints.GetStepsAsync("run-1", None);

        Expect.Equal(1, steps.Count, "saving the same step index again should not add a checkpoint");
        Expect.Equal(StepState.Completed, steps[0].State, "the latest checkpoint of a step should replace the earlier one");
        Expect.Equal(500L, steps[0].Offset, "the latest resume offset should be kept");
        Expect.Equal("""{"sha256":"abc"}""", steps[0].OutputsJson, "the latest outputs should be kept for the steps after it");
    }

    [Fact]
    public async Task The_run_records_where_it_stands()
    {
        Clock.Advance(TimeSpan.FromMinutes(2));
        var failed = (await Store.Checkpoints.GetRunAsync("run-1", None))! with
        {
            State = TaskRunState.Failed,
            FailedStep = "transfer:a.xml",
            Error = "partner unavailable",
            EndedAt = Clock.GetUtcNow(),
        };

        await Store.Checkpoints.UpdateRunAsync(failed, None);

        Expect.Equal(failed, await Store.Checkpoints.GetRunAsync("run-1", None), "the run's state, failed step, error and end should be stored");
    }

    [Fact]
    public async Task The_definition_stays_as_the_run_started_with()
    {
        var started = (await Store.Checkpoints.GetRunAsync("run-1", None))!;

        await Store.Checkpoints.UpdateRunAsync(started with { DefinitionJson = """{"changed":true}""", State = TaskRunState.Completed }, None);
        var stored = await Store.Checkpoints.GetRunAsync("run-1", None);

        Expect.Equal(started.DefinitionJson, stored?.DefinitionJson, "updating a run changed the definition it was frozen with");
        Expect.Equal(TaskRunState.Completed, stored?.State, "updating a run should record its state");
    }

    [Fact]
    public async Task Runs_keep_their_steps_apart()
    {
        await Store.Checkpoints.CreateRunAsync(Samples.Run("run-2"), None);
        await Store.Checkpoints.SaveStepAsync(Samples.Step("run-1", 0, "list"), None);
        await Store.Checkpoints.SaveStepAsync(Samples.Step("run-2", 0, "other"), None);

        var steps = await Store.Checkpoints.GetStepsAsync("run-2", None);

        Expect.Sequence(["other"], steps.Select(step => step.Step), "a run's checkpoints were mixed with another run's");
    }
}

public sealed class When_a_task_run_is_checkpointed_on_sqlite() : When_a_task_run_is_checkpointed(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_a_task_run_is_checkpointed_on_postgres(PostgresServer server) : When_a_task_run_is_checkpointed(new PostgresBackend(server));
