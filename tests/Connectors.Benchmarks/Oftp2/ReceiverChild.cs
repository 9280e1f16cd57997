using Connectors.Benchmarks.Measuring;
using Connectors.Oftp2;
using Newtonsoft.Json.Linq;

namespace Connectors.Benchmarks.Oftp2;

/// <summary>
/// The receiving process of the transfer benchmark: an OFTP2 receiver on loopback in a process of its own,
/// so its peak memory is its own. It says READY when it listens, and its peak memory when told to EXIT.
/// </summary>
internal static class ReceiverChild
{
    public static async Task<int> RunAsync(string root, int port, string? certificate, string? key, (string Certificate, string Key, string Partner)? security)
    {
        await using var site = new HostedSite(root, c => c.AddOftp2());
        var profile = new JObject
        {
            ["type"] = "oftp2",
            ["localCode"] = Oftp2Parties.ReceiverCode,
            ["localPassword"] = Oftp2Parties.ReceiverPassword,
            ["partnerCode"] = Oftp2Parties.SenderCode,
            ["partnerPassword"] = Oftp2Parties.SenderPassword,
            ["session"] = new JObject { ["bufferSize"] = 99999, ["credit"] = 999 },
            ["network"] = new JObject { ["responseTimeoutSeconds"] = 600 },
        };
        if (security is { } files)
        {
            profile["security"] = FileSecurity.ReceiverSide((files.Certificate, files.Key), files.Partner);
        }

        site.WriteProfile("sender", profile);
        var properties = new JObject { ["listenAddress"] = "127.0.0.1", ["port"] = port };
        if (certificate is not null)
        {
            properties["tlsCertificate"] = certificate;
            properties["tlsKeyFile"] = key;
        }

        using var stop = new CancellationTokenSource();
        var sink = await site.OpenSinkAsync("oftp2-receiver");
        var receiving = site.Runner.ReceiveAsync("oftp2-receiver", properties, sink, stop.Token);
        Console.WriteLine("READY");
        while (Console.ReadLine() is { } line && line != "EXIT")
        {
        }

        await stop.CancelAsync();
        try
        {
            await receiving;
        }
        catch (OperationCanceledException)
        {
        }

        Console.WriteLine($"PEAK {PeakMemory.OfThisProcess()}");
        return 0;
    }
}
