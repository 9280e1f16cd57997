using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.Tests.State;

public abstract class When_an_acknowledgement_arrives(IStateStoreBackend backend) : StateStoreContract(backend)
{
    private const string Key = "ORDERS|240229|101112|O0013000001|O0013000002";

    [Fact]
    public async Task The_pending_delivery_is_completed()
    {
        await Store.Deliveries.TrackAsync(Samples.Delivery("corr-1", Key), None);
        Clock.Advance(TimeSpan.FromHours(6));

        var completed = await Store.Deliveries.CompleteAsync(Samples.Channel, Samples.Partner, Key, DeliveryState.Delivered, null, null, None);
        var stored = await Store.Deliveries.GetAsync("corr-1", None);

        Expect.Equal("corr-1", completed?.CorrelationId, "the acknowledgement should complete the pending delivery it matches");
        Expect.Equal(DeliveryState.Delivered, completed?.State, "the completed delivery should carry the final state");
        Expect.Equal(Clock.GetUtcNow(), completed?.CompletedAt, "the completion time should be stamped");
        Expect.Equal("true", completed?.Details["signed-receipt"], "the details kept with the delivery should be returned with it");
        Expect.Equal(DeliveryState.Delivered, stored?.State, "the completion should be stored");
        Expect.Sequence([], (await Store.Deliveries.ListPendingAsync(Samples.Channel, null, None)).Select(record => record.CorrelationId), "a completed delivery was still pending");
    }

    [Fact]
    public async Task A_rejection_keeps_the_partner_reason()
    {
        await Store.Deliveries.TrackAsync(Samples.Delivery("corr-1", Key), None);

        var rejected = await Store.Deliveries.CompleteAsync(Samples.Channel, Samples.Partner, Key, DeliveryState.Rejected, "03", "duplicate file", None);

        Expect.Equal(DeliveryState.Rejected, rejected?.State, "a negative acknowledgement should reject the delivery");
        Expect.Equal("03", rejected?.ReasonCode, "the partner's reason code should be kept");
        Expect.Equal("duplicate file", rejected?.Reason, "the partner's reason should be kept");
    }

    [Fact]
    public async Task An_acknowledgement_matching_nothing_pending_completes_nothing()
    {
        await Store.Deliveries.TrackAsync(Samples.Delivery("corr-1", Key), None);

        var otherKey = await Store.Deliveries.CompleteAsync(Samples.Channel, Samples.Partner, "OTHER|FILE", DeliveryState.Delivered, null, null, None);
        var otherPartner = await Store.Deliveries.CompleteAsync(Samples.Channel, "globex", Key, DeliveryState.Delivered, null, null, None);
        var otherChannel = await Store.Deliveries.CompleteAsync("ota-sender", Samples.Partner, Key, DeliveryState.Delivered, null, null, None);

        Expect.Null(otherKey, "an acknowledgement of another file completed a delivery");
        Expect.Null(otherPartner, "an acknowledgement from another partner completed a delivery");
        Expect.Null(otherChannel, "an acknowledgement on another channel completed a delivery");
        Expect.Equal(DeliveryState.Pending, (await Store.Deliveries.GetAsync("corr-1", None))?.State, "the delivery should still be pending");
    }

    [Fact]
    public async Task A_second_acknowledgement_finds_nothing_and_changes_nothing()
    {
        await Store.Deliveries.TrackAsync(Samples.Delivery("corr-1", Key), None);
        await Store.Deliveries.CompleteAsync(Samples.Channel, Samples.Partner, Key, DeliveryState.Delivered, null, null, None);

        var second = await Store.Deliveries.CompleteAsync(Samples.Channel, Samples.Partner, Key, DeliveryState.AcknowledgementInvalid, "sig", "bad signature", None);

        Expect.Null(second, "a delivery was completed twice");
        Expect.Equal(DeliveryState.Delivered, (await Store.Deliveries.GetAsync("corr-1", None))?.State, "a second acknowledgement changed a completed delivery");
    }

    [Fact]
    public async Task Acknowledgements_arriving_at_once_complete_the_delivery_once()
    {
        await Store.Deliveries.TrackAsync(Samples.Delivery("corr-1", Key), None);
        var otherHost = await OpenAnotherAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            (i % 2 == 0 ? Store : otherHost).Deliveries.CompleteAsync(Samples.Channel, Samples.Partner, Key, DeliveryState.Delivered, null, null, None))));

        Expect.Equal(1, results.Count(result => result is not null), "ten simultaneous acknowledgements of one delivery should complete it exactly once");
    }

    [Fact]
    public async Task The_same_file_pending_twice_is_completed_oldest_first()
    {
        await Store.Deliveries.TrackAsync(Samples.Delivery("corr-old", Key), None);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Store.Deliveries.TrackAsync(Samples.Delivery("corr-new", Key), None);

        var first = await Store.Deliveries.CompleteAsync(Samples.Channel, Samples.Partner, Key, DeliveryState.Delivered, null, null, None);
        var second = await Store.Deliveries.CompleteAsync(Samples.Channel, Samples.Partner, Key, DeliveryState.Delivered, null, null, None);

        Expect.Equal("corr-old", first?.CorrelationId, "the first acknowledgement should complete the older delivery");
        Expect.Equal("corr-new", second?.CorrelationId, "the second acknowledgement should complete the newer delivery");
    }

    [Fact]
    public async Task Pending_deliveries_are_listed_per_partner_oldest_first()
    {
        await Store.Deliveries.TrackAsync(Samples.Delivery("acme-1", "k1"), None);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Store.Deliveries.TrackAsync(Samples.Delivery("globex-1", "k2", partner: "globex"), None);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Store.Deliveries.TrackAsync(Samples.Delivery("acme-2", "k3"), None);
        await Store.Deliveries.TrackAsync(Samples.Delivery("ota-1", "k4", channel: "ota-sender"), None);

        var acme = await Store.Deliveries.ListPendingAsync(Samples.Channel, Samples.Partner, None);
        var all = await Store.Deliveries.ListPendingAsync(Samples.Channel, null, None);

        Expect.Sequence(["acme-1", "acme-2"], acme.Select(record => record.CorrelationId), "a partner's pending deliveries should be listed oldest first");
        Expect.Sequence(["acme-1", "globex-1", "acme-2"], all.Select(record => record.CorrelationId), "a channel's pending deliveries should be listed oldest first");
    }
}

public sealed class When_an_acknowledgement_arrives_on_sqlite() : When_an_acknowledgement_arrives(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_an_acknowledgement_arrives_on_postgres(PostgresServer server) : When_an_acknowledgement_arrives(new PostgresBackend(server));
