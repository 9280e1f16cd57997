namespace Connectors.Sdk.Hosting.Tests.State;

public abstract class When_an_inbound_message_is_acknowledged(IStateStoreBackend backend) : StateStoreContract(backend)
{
    private const string Channel = "oftp2-receiver";

    [Fact]
    public async Task It_is_no_longer_owed_an_acknowledgement()
    {
        await Store.Inbox.CommitAsync(Samples.Inbound("delivery-1", "key-1"), None);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await Store.Inbox.CommitAsync(Samples.Inbound("delivery-2", "key-2"), None);
        await Store.Inbox.CommitAsync(Samples.Inbound("delivery-3", "key-3", partner: "globex"), None);
        var owedBefore = await Store.Inbox.ListUnacknowledgedAsync(Channel, Samples.Partner, None);

        await Store.Inbox.MarkAcknowledgedAsync("delivery-1", None);
        var owedAfter = await Store.Inbox.ListUnacknowledgedAsync(Channel, Samples.Partner, None);
        var acknowledged = await Store.Inbox.FindAsync(Channel, Samples.Partner, "key-1", None);

        Expect.Sequence(["delivery-1", "delivery-2"], owedBefore.Select(entry => entry.DeliveryId), "the partner's unacknowledged entries should be listed oldest first");
        Expect.Sequence(["delivery-2"], owedAfter.Select(entry => entry.DeliveryId), "an acknowledged entry was still listed as owed");
        Expect.True(acknowledged?.Acknowledged == true, "the entry should be marked acknowledged");
    }

    [Fact]
    public async Task A_resend_is_answered_with_the_acknowledged_entry()
    {
        await Store.Inbox.CommitAsync(Samples.Inbound("delivery-1", "key-1"), None);
        await Store.Inbox.MarkAcknowledgedAsync("delivery-1", None);

        var (entry, isNew) = await Store.Inbox.CommitAsync(Samples.Inbound("delivery-9", "key-1"), None);

        Expect.True(!isNew, "a resend of an acknowledged message was taken as new");
        Expect.True(entry.Acknowledged, "a resend should learn that the first copy was already acknowledged, so it can be answered at once");
    }
}

public sealed class When_an_inbound_message_is_acknowledged_on_sqlite() : When_an_inbound_message_is_acknowledged(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_an_inbound_message_is_acknowledged_on_postgres(PostgresServer server) : When_an_inbound_message_is_acknowledged(new PostgresBackend(server));
