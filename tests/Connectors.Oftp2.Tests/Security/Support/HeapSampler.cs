namespace Connectors.Oftp2.Tests.Security.Support;

/// <summary>
/// Samples the managed heap (<see cref="GC.GetTotalMemory(bool)"/> without forcing a collection) every couple of
/// milliseconds on its own thread, and keeps the highest value: the peak a streaming run reached.
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
            var now = GC.GetTotalMemory(forceFullCollection: false);
            if (now > Interlocked.Read(ref peak))
            {
                Interlocked.Exchange(ref peak, now);
            }

            Thread.Sleep(2);
        }
    }
}
