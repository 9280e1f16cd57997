using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.Tests.State;

public abstract class When_an_item_is_enqueued_twice(IStateStoreBackend backend) : StateStoreContract(backend)
{
    [Fact]
    public async Task The_first_item_is_kept()
    {
        await Store.Outbound.EnqueueAsync(Samples.Outbound("message-1") with { PayloadPath = "/spool/first.bin" }, None);
        await Store.Outbound.EnqueueAsync(Samples.Outbound("message-1") with { PayloadPath = "/spool/second.bin" }, None);

        var items = await Store.Outbound.ListAsync(Samples.Channel, null, None);

        Expect.Equal(1, items.Count, "enqueueing the same id twice should store one item");
        Expect.Equal("/spool/first.bin", items[0].PayloadPath, "enqueueing the same id again should leave the first item as it was");
    }

    [Fact]
    public async Task An_item_in_flight_stays_in_flight()
    {
        await Store.Outbound.EnqueueAsync(Samples.Outbound("message-1"), None);
        await Store.Outbound.LeaseNextAsync(Samples.Channel, null, TimeSpan.FromMinutes(5), None);

        await Store.Outbound.EnqueueAsync(Samples.Outbound("message-1"), None);
        var leasedAgain = await Store.Outbound.LeaseNextAsync(Samples.Channel, null, TimeSpan.FromMinutes(5), None);

        Expect.Equal(OutboundState.InFlight, (await Store.Outbound.GetAsync("message-1", None))?.State, "enqueueing again reset an item in flight");
        Expect.Null(leasedAgain, "enqueueing again made an item in flight due a second time");
    }
}

public sealed class When_an_item_is_enqueued_twice_on_sqlite() : When_an_item_is_enqueued_twice(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_an_item_is_enqueued_twice_on_postgres(PostgresServer server) : When_an_item_is_enqueued_twice(new PostgresBackend(server));
