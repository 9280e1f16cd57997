namespace Connectors.Sdk.Hosting.Tests.State;

public abstract class When_a_new_store_is_opened(IStateStoreBackend backend) : StateStoreContract(backend)
{
    // The storage stays untouched until the test opens it.
    public override Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Hosts_opening_it_at_once_all_succeed_and_share_it()
    {
        var hosts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(OpenAnotherAsync)));

        for (var i = 0; i < hosts.Length; i++)
        {
            await hosts[i].Outbound.EnqueueAsync(Samples.Outbound($"from-host-{i}"), None);
        }

        var seen = await hosts[0].Outbound.ListAsync(Samples.Channel, null, None);
        Expect.Sequence(
            ["from-host-0", "from-host-1", "from-host-2", "from-host-3"],
            seen.Select(item => item.Id),
            "hosts that created the store at the same moment should share one store");
    }

    [Fact]
    public async Task Its_spool_folder_is_there()
    {
        var store = await OpenAnotherAsync();

        Expect.True(Path.IsPathFullyQualified(store.SpoolDirectory), $"the spool folder should be a full path, not '{store.SpoolDirectory}'");
        Expect.True(Directory.Exists(store.SpoolDirectory), $"the spool folder '{store.SpoolDirectory}' should exist once the store is open");
    }
}

public sealed class When_a_new_store_is_opened_on_sqlite() : When_a_new_store_is_opened(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_a_new_store_is_opened_on_postgres(PostgresServer server) : When_a_new_store_is_opened(new PostgresBackend(server));
