using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Connectors.Benchmarks.Measuring;

/// <summary>
/// This benchmark program started again as the receiving side, so each side's peak memory is its own;
/// the child talks over its standard input and output (READY, EXIT, PEAK).
/// </summary>
internal static class ChildProcess
{
    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("the receiving process did not start");
    }

    public static async Task<string> WaitForLineAsync(Process process, string prefix)
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new InvalidOperationException($"the receiving process ended before it said '{prefix}'");
    }

    /// <summary>Tells the child to stop and returns its peak resident memory.</summary>
    public static async Task<long> StopAsync(Process process)
    {
        await process.StandardInput.WriteLineAsync("EXIT");
        var peak = long.Parse((await WaitForLineAsync(process, "PEAK "))["PEAK ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        await process.WaitForExitAsync();
        return peak;
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
