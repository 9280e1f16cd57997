using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Connectors.Benchmarks.Measuring;
using Connectors.Oftp2;
using Connectors.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace Connectors.Benchmarks.Oftp2;

/// <summary>
/// Sends one U file from an OFTP2 sender (this process) to an OFTP2 receiver (a child process) on loopback,
/// with the largest exchange buffer and credit, over TCP or TLS, through the connectors as a platform runs
/// them (profiles, SQLite state, the receiver's durable folder sink). Reports throughput and the peak memory
/// of each process.
/// </summary>
internal static class TransferBenchmark
{
    public static async Task<int> RunAsync(long size, bool tls, bool secure)
    {
        var root = Path.Combine(Path.GetTempPath(), "oftp2-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var payload = await WritePayloadAsync(Path.Combine(root, "payload.bin"), size);
            var port = ChildProcess.FreePort();
            var (certificate, key) = tls ? WriteCertificate(root, "server") : (null, null);
            var sending = secure ? WriteCertificate(root, "sender") : default;
            var receiving = secure ? WriteCertificate(root, "receiver") : default;
            using var child = StartReceiver(Path.Combine(root, "receiver"), port, certificate, key, secure ? (receiving, sending.Certificate) : null);
            await ChildProcess.WaitForLineAsync(child, "READY");

            await using var site = new HostedSite(Path.Combine(root, "sender"), c => c.AddOftp2());
            var profile = new JObject
            {
                ["type"] = "oftp2",
                ["localCode"] = Oftp2Parties.SenderCode,
                ["localPassword"] = Oftp2Parties.SenderPassword,
                ["partnerCode"] = Oftp2Parties.ReceiverCode,
                ["partnerPassword"] = Oftp2Parties.ReceiverPassword,
                ["host"] = "127.0.0.1",
                ["port"] = port,
                ["session"] = new JObject { ["bufferSize"] = 99999, ["credit"] = 999 },
                ["network"] = new JObject { ["responseTimeoutSeconds"] = 600, ["maxAttempts"] = 1 },
            };
            if (certificate is not null)
            {
                profile["tls"] = new JObject { ["enabled"] = true, ["trustedCertificates"] = new JArray(certificate) };
            }

            if (secure)
            {
                profile["security"] = FileSecurity.SenderSide(sending, receiving.Certificate);
            }

            site.WriteProfile("receiver", profile);
            var properties = new JObject { ["connectionName"] = "receiver", ["fileName"] = "BENCHMARK.BIN" };
            var started = Stopwatch.GetTimestamp();
            SendReceipt receipt;
            await using (var file = new FileStream(payload, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.Asynchronous | FileOptions.SequentialScan))
            {
                receipt = await site.Runner.SendAsync("oftp2-sender", properties, new ConnectorMessage(file, new MessageHeaders()), CancellationToken.None);
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var senderPeak = PeakMemory.OfThisProcess();
            var receiverPeak = await ChildProcess.StopAsync(child);
            var delivered = new FileInfo(Path.Combine(root, "receiver", "inbox", "sender", "BENCHMARK.BIN"));
            if (receipt.Status != ReceiptStatus.Delivered || !delivered.Exists || delivered.Length != size)
            {
                Console.Error.WriteLine($"the transfer did not complete: {receipt.Status} {receipt.Reason}, delivered {(delivered.Exists ? delivered.Length : -1)} of {size} octets");
                return 1;
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| OFTP2 U file{(secure ? ", signed + compressed + encrypted, suite 04, signed EERP" : string.Empty)}, {(tls ? "TLS" : "TCP")}, buffer 99999, credit 999 | {PeakMemory.Format(size)} | {seconds:0.00} s | {size / seconds / 1e6:0} MB/s | {PeakMemory.Format(senderPeak)} | {PeakMemory.Format(receiverPeak)} |"));
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // Incompressible content, written once before the clock starts; the receiver does not look at it.
    private static async Task<string> WritePayloadAsync(string path, long size)
    {
        var block = new byte[1 << 20];
        RandomNumberGenerator.Fill(block);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20, FileOptions.Asynchronous);
        for (long written = 0; written < size; written += block.Length)
        {
            await file.WriteAsync(block.AsMemory(0, (int)Math.Min(block.Length, size - written)));
        }

        return path;
    }

    private static (string Certificate, string Key) WriteCertificate(string root, string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, true));
        var certificatePath = Path.Combine(root, name + ".cert.pem");
        var keyPath = Path.Combine(root, name + ".key.pem");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }

    private static Process StartReceiver(string root, int port, string? certificate, string? key, ((string Certificate, string Key) Own, string Partner)? security) =>
        ChildProcess.Start(
            "oftp2-receiver-child", root, port.ToString(CultureInfo.InvariantCulture), certificate ?? "-", key ?? "-",
            security?.Own.Certificate ?? "-", security?.Own.Key ?? "-", security?.Partner ?? "-");
}
