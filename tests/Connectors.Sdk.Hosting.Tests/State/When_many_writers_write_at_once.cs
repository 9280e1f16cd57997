using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.Tests.State;

public abstract class When_many_writers_write_at_once(IStateStoreBackend backend) : StateStoreContract(backend)
{
    [Fact]
    public async Task Every_write_is_kept_and_a_failing_one_fails_alone()
    {
        const int Writers = 200;
        var enqueues = Enumerable.Range(0, Writers).Select(i => Store.Outbound.EnqueueAsync(
            new OutboundItem { Id = $"msg-{i}", Channel = "ota-sender", Partner = "globex", PayloadPath = "", Payload = new byte[] { (byte)i } },
            None));

        // Writes that fail, interleaved with the good ones: each must fail by itself and take nothing with it.
        var failures = Enumerable.Range(0, 20).Select(i => Store.Outbound.MarkSentAsync($"missing-{i}", None)).ToList();
        await Task.WhenAll(enqueues);
        foreach (var failure in failures)
        {
            await Expect.ThrowsAsync<KeyNotFoundException>(() => failure, "marking a missing item sent should fail with its own error");
        }

        await RestartAsync();
        var kept = await Store.Outbound.ListAsync("ota-sender", null, None);
        Expect.Equal(Writers, kept.Count, "every item written at the same time should be in the store after a restart");
        Expect.True(kept.All(item => item.Payload is { Length: 1 } payload && $"msg-{payload.Span[0]}" == item.Id), "each item should keep its own payload");
    }
}

public sealed class When_many_writers_write_at_once_on_sqlite() : When_many_writers_write_at_once(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_many_writers_write_at_once_on_postgres(PostgresServer server) : When_many_writers_write_at_once(new PostgresBackend(server));
