using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;

namespace Connectors.Sdk.Hosting.Tests.State;

public abstract class When_an_unknown_record_is_changed(IStateStoreBackend backend) : StateStoreContract(backend)
{
    [Fact]
    public async Task Marking_an_unknown_item_sent_says_so()
    {
        var error = await Expect.ThrowsAsync<KeyNotFoundException>(
            () => Store.Outbound.MarkSentAsync("nobody", None),
            "marking an item that was never enqueued should fail");

        Expect.True(error.Message.Contains("nobody", StringComparison.Ordinal), "the error should name the unknown item");
    }

    [Fact]
    public async Task Failing_an_unknown_item_says_so() =>
        await Expect.ThrowsAsync<KeyNotFoundException>(
            () => Store.Outbound.MarkAttemptFailedAsync("nobody", "error", null, None),
            "failing an item that was never enqueued should fail");

    [Fact]
    public async Task Acknowledging_an_unknown_delivery_says_so() =>
        await Expect.ThrowsAsync<KeyNotFoundException>(
            () => Store.Inbox.MarkAcknowledgedAsync("nobody", None),
            "acknowledging an inbox entry that was never committed should fail");

    [Fact]
    public async Task Updating_an_unknown_run_says_so() =>
        await Expect.ThrowsAsync<KeyNotFoundException>(
            () => Store.Checkpoints.UpdateRunAsync(Samples.Run("nobody") with { State = TaskRunState.Completed }, None),
            "updating a run that was never created should fail");

    [Fact]
    public async Task Checkpointing_a_step_of_an_unknown_run_says_so()
    {
        await Expect.ThrowsAsync<KeyNotFoundException>(
            () => Store.Checkpoints.SaveStepAsync(Samples.Step("nobody", 0, "list"), None),
            "checkpointing a step of a run that was never created should fail");

        Expect.Sequence([], (await Store.Checkpoints.GetStepsAsync("nobody", None)).Select(step => step.Step), "the orphan checkpoint should not be stored");
    }

    [Fact]
    public async Task Creating_a_run_twice_says_so()
    {
        await Store.Checkpoints.CreateRunAsync(Samples.Run("run-1"), None);

        await Expect.ThrowsAsync<InvalidOperationException>(
            () => Store.Checkpoints.CreateRunAsync(Samples.Run("run-1", taskName: "other"), None),
            "creating a run with an id already used should fail");

        Expect.Equal("nightly-invoices", (await Store.Checkpoints.GetRunAsync("run-1", None))?.TaskName, "the first run should be left as it was");
    }

    [Fact]
    public async Task Completing_a_delivery_as_pending_is_refused() =>
        await Expect.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Store.Deliveries.CompleteAsync(Samples.Channel, Samples.Partner, "KEY", DeliveryState.Pending, null, null, None),
            "completing a delivery with the state Pending should be refused");
}

public sealed class When_an_unknown_record_is_changed_on_sqlite() : When_an_unknown_record_is_changed(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_an_unknown_record_is_changed_on_postgres(PostgresServer server) : When_an_unknown_record_is_changed(new PostgresBackend(server));
