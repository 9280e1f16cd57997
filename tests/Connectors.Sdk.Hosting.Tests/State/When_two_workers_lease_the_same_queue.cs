using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.Tests.State;

public abstract class When_two_workers_lease_the_same_queue(IStateStoreBackend backend) : StateStoreContract(backend)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Each_item_goes_to_exactly_one_worker()
    {
        const int itemCount = 60;
        for (var i = 0; i < itemCount; i++)
        {
            await Store.Outbound.EnqueueAsync(Samples.Outbound($"item-{i:D3}"), None);
        }

        var otherHost = await OpenAnotherAsync();
        var workers = new[] { Store, otherHost }
            .SelectMany(host => Enumerable.Range(0, 3).Select(_ => Task.Run(() => DrainAsync(host))))
            .ToList();
        var leased = (await Task.WhenAll(workers)).SelectMany(ids => ids).ToList();

        var leasedTwice = leased.GroupBy(id => id).Where(group => group.Count() > 1).Select(group => group.Key);
        Expect.Sequence([], leasedTwice, "an item was handed to two workers at once");
        Expect.Equal(itemCount, leased.Count, "every due item should have been leased by one of the workers");
    }

    [Fact]
    public async Task A_leased_item_is_not_leased_again_while_its_lease_runs()
    {
        await Store.Outbound.EnqueueAsync(Samples.Outbound("only-item"), None);
        var otherHost = await OpenAnotherAsync();

        var first = await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);
        Clock.Advance(Lease - TimeSpan.FromMilliseconds(1));
        var second = await otherHost.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);

        Expect.Equal("only-item", first?.Id, "the first worker should have leased the only item");
        Expect.Equal(OutboundState.InFlight, first?.State, "a leased item should be in flight");
        Expect.Null(second, "the second worker got an item whose lease had not run out");
    }

    private static async Task<List<string>> DrainAsync(IStateStore host)
    {
        var ids = new List<string>();
        while (await host.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None) is { } item)
        {
            ids.Add(item.Id);
        }

        return ids;
    }
}

public sealed class When_two_workers_lease_the_same_queue_on_sqlite() : When_two_workers_lease_the_same_queue(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_two_workers_lease_the_same_queue_on_postgres(PostgresServer server) : When_two_workers_lease_the_same_queue(new PostgresBackend(server));
