namespace Connectors.Sdk.Hosting.Tests.State;

public abstract class When_a_duplicate_message_is_committed(IStateStoreBackend backend) : StateStoreContract(backend)
{
    private const string Key = "ORDERS|240229|101112|O0013000002";

    [Fact]
    public async Task The_first_entry_is_returned_and_nothing_is_stored_again()
    {
        var (first, firstIsNew) = await Store.Inbox.CommitAsync(Samples.Inbound("delivery-1", Key), None);
        Clock.Advance(TimeSpan.FromMinutes(3));
        var (again, againIsNew) = await Store.Inbox.CommitAsync(Samples.Inbound("delivery-2", Key) with { PayloadPath = "/inbox/resend.bin" }, None);

        Expect.True(firstIsNew, "the first commit of a message should be new");
        Expect.True(!againIsNew, "a resend of a committed message was taken as new");
        Expect.Equal("delivery-1", again.DeliveryId, "a resend should be answered with the first entry's delivery id");
        Expect.Equal(first.PayloadPath, again.PayloadPath, "a resend should be answered with the first entry's payload");
        Expect.Sequence(
            ["delivery-1"],
            (await Store.Inbox.ListUnacknowledgedAsync("oftp2-receiver", Samples.Partner, None)).Select(entry => entry.DeliveryId),
            "a resend should not be stored a second time");
    }

    [Fact]
    public async Task Twenty_commits_at_once_store_exactly_one()
    {
        var otherHost = await OpenAnotherAsync();
        var commits = Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => (i % 2 == 0 ? Store : otherHost).Inbox.CommitAsync(Samples.Inbound($"delivery-{i}", Key), None)))
            .ToList();
        var results = await Task.WhenAll(commits);

        var winners = results.Where(result => result.IsNew).Select(result => result.Entry.DeliveryId).ToList();
        Expect.Equal(1, winners.Count, $"exactly one of twenty simultaneous commits should be new, but these were: {string.Join(", ", winners)}");
        Expect.Sequence(
            Enumerable.Repeat(winners.Single(), 20),
            results.Select(result => result.Entry.DeliveryId),
            "every commit should be answered with the one entry that was stored");
        Expect.Equal(
            1,
            (await Store.Inbox.ListUnacknowledgedAsync("oftp2-receiver", Samples.Partner, None)).Count,
            "only one of twenty simultaneous commits should have been stored");
    }

    [Fact]
    public async Task Committing_the_same_entry_again_is_recognised()
    {
        var entry = Samples.Inbound("delivery-1", Key);

        await Store.Inbox.CommitAsync(entry, None);
        var (again, isNew) = await Store.Inbox.CommitAsync(entry, None);

        Expect.True(!isNew, "committing the very same entry twice (a retried commit) was taken as new");
        Expect.Equal("delivery-1", again.DeliveryId, "a retried commit should be answered with the stored entry");
    }

    [Fact]
    public async Task The_same_key_from_another_partner_or_channel_is_a_new_message()
    {
        var (_, fromAcme) = await Store.Inbox.CommitAsync(Samples.Inbound("delivery-1", Key, partner: "acme"), None);
        var (_, fromGlobex) = await Store.Inbox.CommitAsync(Samples.Inbound("delivery-2", Key, partner: "globex"), None);
        var (_, onOta) = await Store.Inbox.CommitAsync(Samples.Inbound("delivery-3", Key, partner: "acme", channel: "ota-receiver"), None);

        Expect.True(fromAcme, "the first message should be new");
        Expect.True(fromGlobex, "the same key from another partner was taken as a duplicate");
        Expect.True(onOta, "the same key on another channel was taken as a duplicate");
    }

    [Fact]
    public async Task An_unknown_key_is_not_found()
    {
        await Store.Inbox.CommitAsync(Samples.Inbound("delivery-1", Key), None);

        var found = await Store.Inbox.FindAsync("oftp2-receiver", Samples.Partner, "another-key", None);

        Expect.Null(found, "a key never committed was found");
    }
}

public sealed class When_a_duplicate_message_is_committed_on_sqlite() : When_a_duplicate_message_is_committed(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_a_duplicate_message_is_committed_on_postgres(PostgresServer server) : When_a_duplicate_message_is_committed(new PostgresBackend(server));
