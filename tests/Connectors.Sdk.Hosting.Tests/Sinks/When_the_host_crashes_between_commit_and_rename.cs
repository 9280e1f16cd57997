using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.Tests.Sinks;

public sealed class When_the_host_crashes_between_commit_and_rename
{
    [Fact]
    public async Task The_next_start_finishes_the_delivery()
    {
        await using var fixture = await SinkFixture.CreateAsync();
        _ = await fixture.OpenSinkAsync();

        // The state a crash leaves: the payload flushed under its temporary name and committed, not yet renamed.
        var finalPath = Path.Combine(fixture.Deliveries, "partner-a", "DESADV");
        Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
        const string deliveryId = "0123456789abcdef0123456789abcdef";
        await File.WriteAllTextAsync(Path.Combine(fixture.Deliveries, ".incoming", $"{deliveryId}.{Guid.NewGuid():N}.part"), "payload");
        await fixture.Store.Inbox.CommitAsync(
            new InboxEntry { DeliveryId = deliveryId, Channel = "test-receiver", Partner = "partner-a", DuplicateKey = "k", PayloadPath = finalPath, Bytes = 7 },
            CancellationToken.None);
        await fixture.RestartAsync();

        _ = await fixture.OpenSinkAsync();

        Assert.True(File.Exists(finalPath), "the committed delivery was not finished at the next start");
        Assert.Equal("payload", await File.ReadAllTextAsync(finalPath));
    }

    [Fact]
    public async Task An_uncommitted_temporary_file_is_discarded_for_the_partner_to_resend()
    {
        await using var fixture = await SinkFixture.CreateAsync();
        _ = await fixture.OpenSinkAsync();
        var orphan = Path.Combine(fixture.Deliveries, ".incoming", "fedcba9876543210fedcba9876543210.part");
        await File.WriteAllTextAsync(orphan, "half a file");

        _ = await fixture.OpenSinkAsync();

        Assert.False(File.Exists(orphan), "an uncommitted temporary file was kept");
        Assert.Empty(fixture.DeliveredFiles());
    }
}
