using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.Tests.State;

public abstract class When_a_delivery_is_tracked_again(IStateStoreBackend backend) : StateStoreContract(backend)
{
    [Fact]
    public async Task The_record_is_replaced()
    {
        await Store.Deliveries.TrackAsync(Samples.Delivery("corr-1", "FIRST|KEY"), None);
        await Store.Deliveries.TrackAsync(Samples.Delivery("corr-1", "SECOND|KEY") with { Bytes = 99 }, None);

        var record = await Store.Deliveries.GetAsync("corr-1", None);
        var byOldKey = await Store.Deliveries.CompleteAsync(Samples.Channel, Samples.Partner, "FIRST|KEY", DeliveryState.Delivered, null, null, None);
        var pending = await Store.Deliveries.ListPendingAsync(Samples.Channel, null, None);

        Expect.Equal("SECOND|KEY", record?.MatchKey, "tracking the same correlation id again should replace the record");
        Expect.Equal(99L, record?.Bytes, "the replacing record's values should be kept");
        Expect.Null(byOldKey, "the replaced record's match key still completed the delivery");
        Expect.Equal(1, pending.Count, "tracking again should not add a second record");
    }
}

public sealed class When_a_delivery_is_tracked_again_on_sqlite() : When_a_delivery_is_tracked_again(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_a_delivery_is_tracked_again_on_postgres(PostgresServer server) : When_a_delivery_is_tracked_again(new PostgresBackend(server));
