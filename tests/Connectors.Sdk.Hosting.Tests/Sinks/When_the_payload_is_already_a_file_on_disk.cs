using Connectors.Sdk.Messages;

namespace Connectors.Sdk.Hosting.Tests.Sinks;

public sealed class When_the_payload_is_already_a_file_on_disk
{
    [Fact]
    public async Task The_sink_moves_it_into_place_instead_of_copying()
    {
        await using var fixture = await SinkFixture.CreateAsync();
        var sink = await fixture.OpenSinkAsync();
        var spooled = Path.Combine(fixture.Root, "received.partial");
        await File.WriteAllTextAsync(spooled, "a large file, already flushed");
        var inode = new FileInfo(spooled).CreationTimeUtc;

        SinkResult result;
        await using (var payload = File.OpenRead(spooled))
        {
            result = await sink.AcceptAsync(
                new ConnectorMessage(payload, new MessageHeaders { FileName = "BIG.FILE", Partner = "partner-a", DuplicateKey = "big" }) { SpooledFile = spooled },
                CancellationToken.None);
        }

        Assert.True(result.Outcome == SinkOutcome.Committed, $"expected Committed, got {result.Outcome}");
        Assert.False(File.Exists(spooled), "the spooled file was copied, not moved");
        var delivered = Path.Combine(fixture.Deliveries, "partner-a", "BIG.FILE");
        Assert.Equal("a large file, already flushed", await File.ReadAllTextAsync(delivered));
        Assert.True(new FileInfo(delivered).CreationTimeUtc == inode, "the delivered file is a new file, not the spooled one moved");
    }
}
