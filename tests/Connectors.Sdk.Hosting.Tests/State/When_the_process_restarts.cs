using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;

namespace Connectors.Sdk.Hosting.Tests.State;

/// <summary>
/// Everything a method committed is found again by a new process: the SQLite file is closed and
/// reopened; the PostgreSQL server is killed without a checkpoint and started again.
/// </summary>
public abstract class When_the_process_restarts(IStateStoreBackend backend) : StateStoreContract(backend)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Queued_and_in_flight_items_are_still_there()
    {
        await Store.Outbound.EnqueueAsync(Samples.Outbound("in-flight"), None);
        await Store.Outbound.EnqueueAsync(Samples.Outbound("queued"), None);
        await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);

        await RestartAsync();
        var next = await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);
        var stillLeased = await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);
        Clock.Advance(Lease);
        var abandoned = await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);

        Expect.Equal("queued", next?.Id, "a queued item should still be queued after a restart");
        Expect.Null(stillLeased, "an item's lease should survive a restart");
        Expect.Equal("in-flight", abandoned?.Id, "an item left in flight by the dead process should be due once its lease runs out");
    }

    [Fact]
    public async Task A_committed_message_is_still_recognised_as_a_duplicate()
    {
        await Store.Inbox.CommitAsync(Samples.Inbound("delivery-1", "key-1"), None);

        await RestartAsync();
        var (entry, isNew) = await Store.Inbox.CommitAsync(Samples.Inbound("delivery-2", "key-1"), None);
        var owed = await Store.Inbox.ListUnacknowledgedAsync("oftp2-receiver", Samples.Partner, None);

        Expect.True(!isNew, "a message committed before the restart was taken as new after it");
        Expect.Equal("delivery-1", entry.DeliveryId, "the resend should be answered with the entry committed before the restart");
        Expect.Sequence(["delivery-1"], owed.Select(item => item.DeliveryId), "the acknowledgement still owed should survive the restart");
    }

    [Fact]
    public async Task A_pending_delivery_can_still_be_completed()
    {
        await Store.Deliveries.TrackAsync(Samples.Delivery("corr-1", "KEY"), None);

        await RestartAsync();
        var completed = await Store.Deliveries.CompleteAsync(Samples.Channel, Samples.Partner, "KEY", DeliveryState.Delivered, null, null, None);

        Expect.Equal("corr-1", completed?.CorrelationId, "an acknowledgement arriving after a restart should complete the delivery sent before it");
    }

    [Fact]
    public async Task A_run_finds_its_checkpoints()
    {
        await Store.Checkpoints.CreateRunAsync(Samples.Run("run-1"), None);
        await Store.Checkpoints.SaveStepAsync(Samples.Step("run-1", 0, "list", StepState.Completed), None);
        await Store.Checkpoints.SaveStepAsync(Samples.Step("run-1", 1, "transfer:a.xml") with { Offset = 4096 }, None);

        await RestartAsync();
        var run = await Store.Checkpoints.GetRunAsync("run-1", None);
        var steps = await Store.Checkpoints.GetStepsAsync("run-1", None);

        Expect.Equal(TaskRunState.Running, run?.State, "the run should be found after a restart");
        Expect.Sequence([StepState.Completed, StepState.Running], steps.Select(step => step.State), "the run's checkpoints should be found after a restart");
        Expect.Equal(4096L, steps[1].Offset, "a half-done transfer should resume from its checkpointed offset");
    }

    [Fact]
    public async Task The_job_log_goes_on_after_its_last_line()
    {
        await Store.JobLog.AppendAsync(Samples.Line("run-1", "before"), None);
        var before = (await Store.JobLog.ReadAsync("run-1", 0, None)).Single();

        await RestartAsync();
        await Store.JobLog.AppendAsync(Samples.Line("run-1", "after"), None);
        var since = await Store.JobLog.ReadAsync("run-1", before.Sequence, None);

        Expect.Sequence(["after"], since.Select(line => line.Entry.Message), "a reader following the run should see the lines written after the restart, and only those");
    }
}

public sealed class When_the_process_restarts_on_sqlite() : When_the_process_restarts(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_the_process_restarts_on_postgres(PostgresServer server) : When_the_process_restarts(new PostgresBackend(server));
