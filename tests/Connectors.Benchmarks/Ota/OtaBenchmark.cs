using System.Diagnostics;
using System.Globalization;
using Connectors.Benchmarks.Measuring;
using Connectors.Ota;
using Connectors.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace Connectors.Benchmarks.Ota;

/// <summary>
/// OTA messages from an `ota-sender` (this process) to an `ota-receiver` (a child process) on loopback over
/// HTTP-OXTA, as a platform runs them: every message stored in the sender's durable queue before its first
/// attempt, and checked for a duplicate MESSAGE_ID and committed with it at the receiver before its 1000.
/// Several senders at once; reports messages per second and the latency of each message, p50 and p99.
/// </summary>
internal static class OtaBenchmark
{
    public static async Task<int> RunAsync(int payloadSize, int messages, int concurrency)
    {
        var root = Path.Combine(Path.GetTempPath(), "ota-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var port = ChildProcess.FreePort();
            using var child = ChildProcess.Start("ota-receiver-child", Path.Combine(root, "receiver"), port.ToString(CultureInfo.InvariantCulture));
            await ChildProcess.WaitForLineAsync(child, "READY");
            await using var site = new HostedSite(Path.Combine(root, "sender"), c => c.AddOta());
            site.WriteProfile("erp", new JObject
            {
                ["type"] = "ota",
                ["protocolAddress"] = $"http://127.0.0.1:{port}/servlets/oracle.apps.ecx.oxta.TransportAgentServer",
                ["protocolType"] = "HTTP-OXTA",
                ["username"] = OtaAccount.User,
                ["password"] = OtaAccount.Password,
                ["network"] = new JObject { ["maxAttempts"] = 1, ["responseTimeoutSeconds"] = 120 },
            });
            var payload = new byte[payloadSize];
            Random.Shared.NextBytes(payload);
            var properties = new JObject { ["connectionName"] = "erp", ["transactionType"] = "PO", ["transactionSubtype"] = "PROCESS" };

            // A host sends all day: its code has been compiled to its final tier and its connections are open.
            // A thousand small messages (twenty large ones) bring both processes there before the clock starts.
            await SendAsync(site, properties, payload, Math.Min(payloadSize <= 1 << 20 ? 1000 : 20, messages), concurrency);
            var started = Stopwatch.GetTimestamp();
            var latencies = await SendAsync(site, properties, payload, messages, concurrency);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var senderPeak = PeakMemory.OfThisProcess();
            var receiverPeak = await ChildProcess.StopAsync(child);

            Array.Sort(latencies);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| OTA HTTP-OXTA, {Size(payloadSize)} payload, {concurrency} senders at once | {messages} | {messages / seconds:0} msg/s | {latencies[latencies.Length / 2]:0.0} ms | {latencies[(int)(latencies.Length * 0.99)]:0.0} ms | {PeakMemory.Format(senderPeak)} | {PeakMemory.Format(receiverPeak)} |"));
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<double[]> SendAsync(HostedSite site, JObject properties, byte[] payload, int messages, int concurrency)
    {
        var latencies = new double[messages];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < messages)
            {
                var started = Stopwatch.GetTimestamp();
                using var content = new MemoryStream(payload, writable: false);
                var receipt = await site.Runner.SendAsync("ota-sender", properties, new ConnectorMessage(content, new MessageHeaders { FileName = "po.xml" }), CancellationToken.None);
                if (receipt.Status != ReceiptStatus.Delivered)
                {
                    throw new InvalidOperationException($"message {index} was not delivered: {receipt.Status} {receipt.ReasonCode} {receipt.Reason}");
                }

                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        return latencies;
    }

    private static string Size(int bytes) => bytes >= 1 << 20 ? $"{bytes >> 20} MiB" : $"{bytes >> 10} KiB";
}
