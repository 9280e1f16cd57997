using Connectors.Benchmarks.Measuring;
using Connectors.Ota;
using Newtonsoft.Json.Linq;

namespace Connectors.Benchmarks.Ota;

/// <summary>The receiving process of the OTA benchmark: says READY when it listens and its peak memory when told to EXIT.</summary>
internal static class OtaReceiverChild
{
    public static async Task<int> RunAsync(string root, int port)
    {
        await using var site = new HostedSite(root, c => c.AddOta());
        site.WriteProfile("erp", new JObject { ["type"] = "ota", ["username"] = OtaAccount.User, ["password"] = OtaAccount.Password });
        var properties = new JObject
        {
            ["listenAddress"] = "127.0.0.1",
            ["port"] = port,
            ["accounts"] = new JArray("erp"),
            ["maxContentBytes"] = 64L << 20,
        };
        using var stop = new CancellationTokenSource();
        var receiving = site.Runner.ReceiveAsync("ota-receiver", properties, await site.OpenSinkAsync("ota-receiver"), stop.Token);
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
