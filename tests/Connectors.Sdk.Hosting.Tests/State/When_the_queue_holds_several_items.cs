using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.Tests.State;

public abstract class When_the_queue_holds_several_items(IStateStoreBackend backend) : StateStoreContract(backend)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task The_oldest_due_item_is_leased_first()
    {
        var now = Clock.GetUtcNow();
        await Store.Outbound.EnqueueAsync(Samples.Outbound("second", createdAt: now.AddSeconds(-2)), None);
        await Store.Outbound.EnqueueAsync(Samples.Outbound("third", createdAt: now.AddSeconds(-1)), None);
        await Store.Outbound.EnqueueAsync(Samples.Outbound("first", createdAt: now.AddSeconds(-3)), None);

        var order = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            order.Add((await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None))?.Id);
        }

        Expect.Sequence(["first", "second", "third"], order, "items should be leased oldest first");
    }

    [Fact]
    public async Task Items_created_at_the_same_moment_keep_the_order_they_were_enqueued_in()
    {
        foreach (var id in new[] { "a", "c", "b" })
        {
            await Store.Outbound.EnqueueAsync(Samples.Outbound(id), None);
        }

        var order = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            order.Add((await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None))?.Id);
        }

        Expect.Sequence(["a", "c", "b"], order, "items stamped with the same time should go in the order they were enqueued");
    }

    [Fact]
    public async Task Only_items_of_the_asked_channel_and_partner_are_leased()
    {
        await Store.Outbound.EnqueueAsync(Samples.Outbound("for-acme", partner: "acme"), None);
        await Store.Outbound.EnqueueAsync(Samples.Outbound("for-globex", partner: "globex"), None);
        await Store.Outbound.EnqueueAsync(Samples.Outbound("ota-item", channel: "ota-sender", partner: "globex"), None);

        var forGlobex = await Store.Outbound.LeaseNextAsync(Samples.Channel, "globex", Lease, None);
        var nothingMoreForGlobex = await Store.Outbound.LeaseNextAsync(Samples.Channel, "globex", Lease, None);
        var anyPartner = await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);
        var otherChannel = await Store.Outbound.LeaseNextAsync("ota-sender", null, Lease, None);

        Expect.Equal("for-globex", forGlobex?.Id, "leasing for a partner should take that partner's item");
        Expect.Null(nothingMoreForGlobex, "leasing for a partner took an item of another channel or partner");
        Expect.Equal("for-acme", anyPartner?.Id, "leasing without a partner should take the channel's item of any partner");
        Expect.Equal("ota-item", otherChannel?.Id, "each channel should lease its own items");
    }

    [Fact]
    public async Task An_item_is_not_leased_before_its_first_attempt_time()
    {
        var later = Samples.Outbound("scheduled") with { NextAttemptAt = Clock.GetUtcNow().AddMinutes(10) };
        await Store.Outbound.EnqueueAsync(later, None);

        var early = await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);
        Clock.Advance(TimeSpan.FromMinutes(10));
        var onTime = await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);

        Expect.Null(early, "an item was leased before its next attempt time");
        Expect.Equal("scheduled", onTime?.Id, "an item should be leased once its next attempt time has come");
    }

    [Fact]
    public async Task A_sent_item_is_never_leased_again()
    {
        await Store.Outbound.EnqueueAsync(Samples.Outbound("delivered"), None);
        await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);

        await Store.Outbound.MarkSentAsync("delivered", None);
        Clock.Advance(Lease * 2);
        var again = await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);

        Expect.Null(again, "a sent item was leased again");
        Expect.Equal(OutboundState.Sent, (await Store.Outbound.GetAsync("delivered", None))?.State, "the item should be marked sent");
    }

    [Fact]
    public async Task Items_are_listed_by_state_oldest_first()
    {
        var now = Clock.GetUtcNow();
        await Store.Outbound.EnqueueAsync(Samples.Outbound("queued-late", createdAt: now.AddSeconds(-1)), None);
        await Store.Outbound.EnqueueAsync(Samples.Outbound("sent", createdAt: now.AddSeconds(-3)), None);
        await Store.Outbound.EnqueueAsync(Samples.Outbound("queued-early", createdAt: now.AddSeconds(-2)), None);
        await Store.Outbound.EnqueueAsync(Samples.Outbound("elsewhere", channel: "ota-sender"), None);
        await Store.Outbound.LeaseNextAsync(Samples.Channel, null, Lease, None);
        await Store.Outbound.MarkSentAsync("sent", None);

        var queued = await Store.Outbound.ListAsync(Samples.Channel, OutboundState.Queued, None);
        var all = await Store.Outbound.ListAsync(Samples.Channel, null, None);

        Expect.Sequence(["queued-early", "queued-late"], queued.Select(item => item.Id), "listing a state should give its items oldest first");
        Expect.Sequence(["sent", "queued-early", "queued-late"], all.Select(item => item.Id), "listing without a state should give all the channel's items oldest first");
    }
}

public sealed class When_the_queue_holds_several_items_on_sqlite() : When_the_queue_holds_several_items(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_the_queue_holds_several_items_on_postgres(PostgresServer server) : When_the_queue_holds_several_items(new PostgresBackend(server));
