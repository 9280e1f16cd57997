using System.Collections.Concurrent;

namespace Connectors.Mft.Endpoints.Curl;

/// <summary>
/// Idle easy handles of one endpoint. An operation takes one for its duration; handing it back keeps its
/// logged-in connection for the next operation, and concurrent operations each get their own.
/// </summary>
internal sealed class CurlHandlePool : IDisposable
{
    private readonly ConcurrentBag<CurlEasy> _idle = [];
    private volatile bool _disposed;

    public CurlEasy Rent() => _idle.TryTake(out var easy) ? easy : new CurlEasy();

    public void Return(CurlEasy easy)
    {
        easy.Reset();
        if (_disposed)
        {
            easy.Dispose();
            return;
        }

        _idle.Add(easy);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var easy))
        {
            easy.Dispose();
        }
    }
}
