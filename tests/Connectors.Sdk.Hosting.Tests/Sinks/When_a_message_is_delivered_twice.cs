using Connectors.Sdk.Messages;

namespace Connectors.Sdk.Hosting.Tests.Sinks;

public sealed class When_a_message_is_delivered_twice
{
    [Fact]
    public async Task The_second_is_answered_as_a_duplicate_and_not_written()
    {
        await using var fixture = await SinkFixture.CreateAsync();
        var sink = await fixture.OpenSinkAsync();

        var first = await sink.AcceptAsync(SinkFixture.Message("INVOIC", "original", "dsn-20261123-1"), CancellationToken.None);
        var again = await sink.AcceptAsync(SinkFixture.Message("INVOIC", "original", "dsn-20261123-1"), CancellationToken.None);

        Assert.True(again.Outcome == SinkOutcome.Duplicate, $"a resend was {again.Outcome}, not Duplicate");
        Assert.True(again.DeliveryId == first.DeliveryId, "a duplicate was not answered with the first delivery's id");
        Assert.True(fixture.DeliveredFiles().Length == 1, $"the flow sees {fixture.DeliveredFiles().Length} files");
    }

    [Fact]
    public async Task Concurrent_resends_deliver_exactly_one_file()
    {
        await using var fixture = await SinkFixture.CreateAsync();
        var sink = await fixture.OpenSinkAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            Task.Run(() => sink.AcceptAsync(SinkFixture.Message("ORDERS", "same", "one-key"), CancellationToken.None))));

        Assert.True(results.Count(r => r.Outcome == SinkOutcome.Committed) == 1, "not exactly one resend was committed");
        Assert.True(results.Select(r => r.DeliveryId).Distinct().Count() == 1, "resends got different delivery ids");
        Assert.True(fixture.DeliveredFiles().Length == 1, $"the flow sees {fixture.DeliveredFiles().Length} files");
    }
}
