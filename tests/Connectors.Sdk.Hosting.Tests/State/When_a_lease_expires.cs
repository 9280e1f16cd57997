using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.Tests.State;

public abstract class When_a_lease_expires(IStateStoreBackend backend) : StateStoreContract(backend)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_item_is_due_again_for_another_worker()
    {
        await Store.Outbound.EnqueueAsync(Samples.Outbound("abandoned"), None);
        await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);
        var otherHost = await OpenAnotherAsync();

        Clock.Advance(Lease);
        var retaken = await otherHost.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);

        Expect.Equal("abandoned", retaken?.Id, "an item whose lease ran out should be leased again");
        Expect.Equal(OutboundState.InFlight, retaken?.State, "the item leased again should be in flight");
        Expect.Equal(0, retaken?.Attempts, "a lease running out is not a failed attempt");
        Expect.Equal(Clock.GetUtcNow(), retaken?.UpdatedAt, "leasing again should stamp the item");
    }

    [Fact]
    public async Task It_is_not_due_a_moment_before()
    {
        await Store.Outbound.EnqueueAsync(Samples.Outbound("busy"), None);
        await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);

        Clock.Advance(Lease - TimeSpan.FromMilliseconds(1));
        var early = await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);

        Expect.Null(early, "an item was leased again a millisecond before its lease ran out");
    }

    [Fact]
    public async Task A_new_lease_runs_from_the_moment_it_was_taken()
    {
        await Store.Outbound.EnqueueAsync(Samples.Outbound("retaken"), None);
        await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);
        Clock.Advance(Lease);
        await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);

        Clock.Advance(Lease - TimeSpan.FromMilliseconds(1));
        var early = await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);

        Expect.Null(early, "the second lease should run its full time, not end with the first");
    }
}

public sealed class When_a_lease_expires_on_sqlite() : When_a_lease_expires(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_a_lease_expires_on_postgres(PostgresServer server) : When_a_lease_expires(new PostgresBackend(server));
