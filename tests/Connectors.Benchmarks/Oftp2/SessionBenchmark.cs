using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Connectors.Benchmarks.Measuring;
using Connectors.Oftp2.Protocol.Session;

namespace Connectors.Benchmarks.Oftp2;

/// <summary>
/// The protocol alone: an initiator and a responder session engine in one process, over a loopback TCP
/// socket, one U file from a generated stream into nothing, buffer 99999 and credit 999. A first transfer
/// warms the JIT up; the timed ones follow.
/// </summary>
internal static class SessionBenchmark
{
    public static async Task<int> RunAsync(long size, int runs)
    {
        await TransferAsync(64L << 20);
        var results = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var seconds = await TransferAsync(size);
            results.Add(size / seconds / 1e6);
        }

        results.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| OFTP2 session engine only, TCP loopback, buffer 99999, credit 999 | {PeakMemory.Format(size)} | median of {runs}: {results[runs / 2]:0} MB/s (min {results[0]:0}, max {results[^1]:0}) | {PeakMemory.Format(PeakMemory.OfThisProcess())} (both sides) |"));
        return 0;
    }

    private static async Task<double> TransferAsync(long size)
    {
        var partners = new StreamingPartners(size, () => new RepeatingStream(size));
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepting = listener.AcceptTcpClientAsync();
        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        using var server = await accepting;
        server.NoDelay = true;
        var timeouts = new SessionTimeouts();
        var started = Stopwatch.GetTimestamp();
        var responding = CloseWhenEnded(OdetteSession.RunAsResponderAsync(server.GetStream(), partners.Receiver, timeouts), server);
        var initiating = CloseWhenEnded(OdetteSession.RunAsInitiatorAsync(client.GetStream(), partners.SenderOffer, partners.Sender, timeouts), client);
        var outcomes = await Task.WhenAll(initiating, responding);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (outcomes.Any(o => !o.IsNormal || o.FilesSent + o.FilesReceived == 0) || outcomes[0].FilesSent != 1)
        {
            throw new InvalidOperationException($"the benchmark session did not end normally: {outcomes[0]} / {outcomes[1]}");
        }

        return seconds;
    }

    // The engine leaves closing to its caller; the side that sent ESID waits for the other to close.
    private static async Task<SessionOutcome> CloseWhenEnded(Task<SessionOutcome> session, TcpClient connection)
    {
        try
        {
            return await session;
        }
        finally
        {
            connection.Close();
        }
    }
}
