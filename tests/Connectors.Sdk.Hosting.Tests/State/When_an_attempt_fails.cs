using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.Tests.State;

public abstract class When_an_attempt_fails(IStateStoreBackend backend) : StateStoreContract(backend)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan BackOff = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task The_attempt_and_the_error_are_recorded()
    {
        var nextAttemptAt = await LeaseAndFailAsync("connection refused", Clock.GetUtcNow() + BackOff);

        var item = Expect.NotNull(await Store.Outbound.GetAsync("invoice-1", None), "the failed item should still be stored");
        Expect.Equal(1, item.Attempts, "a failed attempt should be counted");
        Expect.Equal("connection refused", item.LastError, "the error of the attempt should be kept");
        Expect.Equal(OutboundState.Queued, item.State, "an item with a next attempt should be queued again");
        Expect.Equal(nextAttemptAt, item.NextAttemptAt, "the next attempt time should be the one given");
    }

    [Fact]
    public async Task The_item_waits_for_its_next_attempt()
    {
        await LeaseAndFailAsync("timeout", Clock.GetUtcNow() + BackOff);

        Clock.Advance(BackOff - TimeSpan.FromMilliseconds(1));
        var tooEarly = await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        var onTime = await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);

        Expect.Null(tooEarly, "a failed item was leased before its next attempt time");
        Expect.Equal("invoice-1", onTime?.Id, "a failed item should be leased again at its next attempt time");
    }

    [Fact]
    public async Task Attempts_add_up()
    {
        await LeaseAndFailAsync("first", Clock.GetUtcNow());
        await LeaseAndFailAsync("second", Clock.GetUtcNow());

        var item = await Store.Outbound.GetAsync("invoice-1", None);
        Expect.Equal(2, item?.Attempts, "each failed attempt should be counted");
        Expect.Equal("second", item?.LastError, "the error kept should be the latest one");
    }

    [Fact]
    public async Task Without_a_next_attempt_the_item_fails_for_good_and_is_kept()
    {
        await LeaseAndFailAsync("partner rejected the certificate", nextAttemptAt: null);

        Clock.Advance(TimeSpan.FromDays(1));
        var leased = await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);
        var failed = await Store.Outbound.ListAsync(Samples.Channel, OutboundState.Failed, None);

        Expect.Null(leased, "an item that failed for good was leased again");
        Expect.Sequence(["invoice-1"], failed.Select(item => item.Id), "an item that failed for good should be kept for an operator");
        Expect.Equal(1, failed.Single().Attempts, "the final attempt should be counted");
        Expect.Equal("partner rejected the certificate", failed.Single().LastError, "the final error should be kept");
    }

    private async Task<DateTimeOffset?> LeaseAndFailAsync(string error, DateTimeOffset? nextAttemptAt)
    {
        if (await Store.Outbound.GetAsync("invoice-1", None) is null)
        {
            await Store.Outbound.EnqueueAsync(Samples.Outbound("invoice-1"), None);
        }

        var leased = await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);
        Expect.Equal("invoice-1", leased?.Id, "the item should have been leased before its attempt failed");
        await Store.Outbound.MarkAttemptFailedAsync("invoice-1", error, nextAttemptAt, None);
        return nextAttemptAt;
    }
}

public sealed class When_an_attempt_fails_on_sqlite() : When_an_attempt_fails(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_an_attempt_fails_on_postgres(PostgresServer server) : When_an_attempt_fails(new PostgresBackend(server));
