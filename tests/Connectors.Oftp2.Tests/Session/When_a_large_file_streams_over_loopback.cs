using System.Diagnostics;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Oftp2.Tests.Session.Support;
using Xunit.Abstractions;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// A 256 MiB U file with the largest buffer (99999) and credit (999) crosses loopback intact, streamed from a
/// payload Stream to an output Stream without holding the file. The throughput is printed, not asserted: it depends
/// on the build (Debug code is not optimised) and on how far tiered compilation has got, which a smaller file sent
/// first only starts; in a Release build a warm process moves such a file at well over 1 GB/s.
/// </summary>
public sealed class When_a_large_file_streams_over_loopback(ITestOutputHelper output)
{
    private const long FileLength = 256L * 1024 * 1024;

    [Fact]
    public async Task It_arrives_intact_and_the_throughput_is_reported()
    {
        await TransferAsync(64L * 1024 * 1024);

        var elapsed = await TransferAsync(FileLength);

        output.WriteLine($"256 MiB U file, buffer 99999, credit 999, loopback TCP: {elapsed.TotalMilliseconds:0} ms, {FileLength / elapsed.TotalSeconds / 1e6:0} MB/s, session included");
    }

    private static async Task<TimeSpan> TransferAsync(long length)
    {
        var client = Parties.Client();
        var server = Parties.Server();
        var received = new PatternStream(length);
        server.OnOffer = _ => new InboundFileDecision.Accept(0, received);
        server.OnReceived = (_, _) => new EndFileDecision.Accept();
        var startFile = new StartFile
        {
            DatasetName = "LARGE.BIN",
            Timestamp = VirtualFileTimestamp.From(DateTime.UtcNow),
            Destination = Parties.ServerCode,
            Originator = Parties.ClientCode,
            FileSize = StartFile.BlocksFor(length),
        };
        client.Send(new OutboundFile(startFile, _ => ValueTask.FromResult<Stream>(new PatternStream(length))));

        var clock = Stopwatch.StartNew();
        var (initiator, responder) = await LoopbackSession.RunAsync(
            Parties.ClientOffer with { BufferSize = 99999, Credit = 999 },
            client,
            Parties.Directory(server, Parties.ServerOffer with { BufferSize = 99999, Credit = 999 }));
        clock.Stop();

        Expect.Normal(initiator, "initiator");
        Expect.Normal(responder, "responder");
        Assert.True(received.Written == length, $"{received.Written} octets arrived, {length} sent");
        Assert.True(received.Mismatches == 0, $"{received.Mismatches} octets arrived changed");
        return clock.Elapsed;
    }
}
