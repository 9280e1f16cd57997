namespace Connectors.Mft.Tasks;

internal static class Throughput
{
    /// <summary>Bytes per second; null for a copy too quick to time.</summary>
    public static double? Of(long bytes, TimeSpan elapsed) => elapsed.TotalSeconds > 0.001 ? bytes / elapsed.TotalSeconds : null;
}
