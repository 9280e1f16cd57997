using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Connectors.Sdk.Conformance;

/// <summary>
/// A partner that accepts every connection and reads whatever arrives, but never sends a byte: the
/// connector waits for an answer that does not come. Reading keeps the connector's writes from
/// blocking, so it is its wait for the answer that the timeout or the cancellation must end.
/// </summary>
public sealed class SilentPartner : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Socket, Task> _connections = new();
    private readonly Task _accepting;

    private SilentPartner(TcpListener listener)
    {
        _listener = listener;
        _accepting = AcceptAsync(_stop.Token);
    }

    public IPEndPoint Endpoint => (IPEndPoint)_listener.LocalEndpoint;

    public static SilentPartner Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new SilentPartner(listener);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        foreach (var socket in _connections.Keys)
        {
            socket.Dispose();
        }

        await Task.WhenAll(_connections.Values.Append(_accepting)).ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(stop).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _connections[socket] = DiscardAsync(socket, stop);
        }
    }

    private static async Task DiscardAsync(Socket socket, CancellationToken stop)
    {
        var buffer = new byte[8192];
        try
        {
            while (await socket.ReceiveAsync(buffer, SocketFlags.None, stop).ConfigureAwait(false) > 0)
            {
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The connector gave up or the partner is stopping: either way the conversation is over.
        }
    }
}
