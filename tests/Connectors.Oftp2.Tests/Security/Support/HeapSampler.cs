namespace Connectors.Oftp2.Tests.Security.Support;

/// <summary>
/// Samples the live managed heap (<see cref="GC.GetTotalMemory(bool)"/> after a full collection, so garbage the
/// collector has not reached yet does not count) every 50 ms on its own thread, and keeps the highest value: the
/// most a streaming run held at once.
/// </summary>
internal sealed class HeapSampler : IDisposable
{
    private readonly Thread thread;
    private volatile bool stopping;
    private long peak;

    public HeapSampler()
    {
        thread = new Thread(Sample) { IsBackground = true, Name = "heap sampler" };
        thread.Start();
    }

    /// <summary>Stops sampling and gives the highest heap size seen, in octets.</summary>
    public long Stop()
    {
        stopping = true;
        thread.Join();
        return Interlocked.Read(ref peak);
    }

    public void Dispose()
    {
        if (!stopping)
        {
            Stop();
        }
    }

    private void Sample()
    {
        while (!stopping)
        {
            var now = GC.GetTotalMemory(forceFullCollection: true);
            if (now > Interlocked.Read(ref peak))
            {
                Interlocked.Exchange(ref peak, now);
            }

            Thread.Sleep(50);
        }
    }
}
