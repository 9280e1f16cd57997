using Connectors.Sdk.Messages;

namespace Connectors.Sdk.Hosting.Tests.Sinks;

public sealed class When_many_messages_of_one_file_name_arrive_at_once
{
    [Fact]
    public async Task Each_is_delivered_to_a_file_of_its_own_with_its_own_content()
    {
        await using var fixture = await SinkFixture.CreateAsync();
        var sink = await fixture.OpenSinkAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            Task.Run(() => sink.AcceptAsync(SinkFixture.Message("ORDERS.xml", $"order {i}", $"msg-{i}"), CancellationToken.None))));

        Assert.True(results.All(r => r.Outcome == SinkOutcome.Committed), $"every message should be committed: {string.Join(", ", results.Select(r => r.Outcome))}");
        var files = fixture.DeliveredFiles();
        Assert.True(files.Length == 24, $"24 messages of one file name should make 24 files, not {files.Length}: {string.Join(", ", files)}");
        var contents = files.Select(f => File.ReadAllText(Path.Combine(fixture.Deliveries, f))).Order(StringComparer.Ordinal).ToList();
        Assert.True(
            contents.SequenceEqual(Enumerable.Range(0, 24).Select(i => $"order {i}").Order(StringComparer.Ordinal)),
            "each file should hold the content of exactly one message, none overwritten by another");
        Assert.True(files.Count(f => Path.GetFileName(f) == "ORDERS.xml") == 1, "exactly one message should keep the plain file name");
    }
}
