using System.Globalization;

namespace Connectors.Benchmarks.Measuring;

/// <summary>
/// Peak resident memory of a process as the kernel counts it (VmHWM in /proc/PID/status): everything the
/// process touched at its highest, the runtime, buffers and page-mapped files included.
/// </summary>
internal static class PeakMemory
{
    public static long OfProcess(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"/proc/{pid}/status has no VmHWM line");
    }

    public static long OfThisProcess() => OfProcess(Environment.ProcessId);

    public static string Format(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MiB");
}
