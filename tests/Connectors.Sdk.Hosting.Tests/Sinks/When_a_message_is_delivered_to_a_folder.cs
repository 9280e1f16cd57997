using Connectors.Sdk.Messages;

namespace Connectors.Sdk.Hosting.Tests.Sinks;

public sealed class When_a_message_is_delivered_to_a_folder
{
    [Fact]
    public async Task It_lands_under_the_partner_with_its_name_and_is_committed()
    {
        await using var fixture = await SinkFixture.CreateAsync();
        var sink = await fixture.OpenSinkAsync();

        var result = await sink.AcceptAsync(SinkFixture.Message("ORDERS.001", "hello", "key-1"), CancellationToken.None);

        Assert.True(result.Outcome == SinkOutcome.Committed, $"expected Committed, got {result.Outcome} ({result.Reason})");
        Assert.Equal([Path.Combine("partner-a", "ORDERS.001")], fixture.DeliveredFiles());
        Assert.Equal("hello", await File.ReadAllTextAsync(Path.Combine(fixture.Deliveries, "partner-a", "ORDERS.001")));
        var entry = await fixture.Store.Inbox.FindAsync("test-receiver", "partner-a", "key-1", CancellationToken.None);
        Assert.True(entry?.DeliveryId == result.DeliveryId, "the inbox does not hold the delivery the sink reported");
    }

    [Fact]
    public async Task Two_different_files_with_the_same_name_are_both_kept()
    {
        await using var fixture = await SinkFixture.CreateAsync();
        var sink = await fixture.OpenSinkAsync();

        await sink.AcceptAsync(SinkFixture.Message("DAILY", "monday", "mon"), CancellationToken.None);
        await sink.AcceptAsync(SinkFixture.Message("DAILY", "tuesday", "tue"), CancellationToken.None);

        var files = fixture.DeliveredFiles();
        Assert.True(files.Length == 2, $"expected two files, found: {string.Join(", ", files)}");
        var contents = files.Select(f => File.ReadAllText(Path.Combine(fixture.Deliveries, f))).Order().ToArray();
        Assert.Equal(["monday", "tuesday"], contents);
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData(".hidden")]
    public async Task A_name_that_would_leave_the_folder_is_refused(string fileName)
    {
        await using var fixture = await SinkFixture.CreateAsync();
        var sink = await fixture.OpenSinkAsync();

        var result = await sink.AcceptAsync(SinkFixture.Message(fileName, "x", "k"), CancellationToken.None);

        Assert.True(result.Outcome == SinkOutcome.Refused, $"'{fileName}' was not refused");
        Assert.Empty(fixture.DeliveredFiles());
        Assert.False(File.Exists(Path.Combine(fixture.Root, "escape.txt")), "the file escaped its folder");
    }
}
