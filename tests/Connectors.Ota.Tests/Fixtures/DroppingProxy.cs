using System.Net;
using System.Net.Sockets;

namespace Connectors.Ota.Tests.Fixtures;

/// <summary>
/// A TCP proxy in front of a receiver that, for its first connections, forwards the request but cuts the
/// connection the moment the receiver starts to answer: the receiver has committed and answered 1000,
/// and the sender never reads it. Later connections pass through untouched.
/// </summary>
public sealed class DroppingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly IPEndPoint _target;
    private readonly int _connectionsToDrop;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _connections = [];
    private readonly Task _accepting;
    private int _accepted;
    private int _dropped;

    private DroppingProxy(TcpListener listener, IPEndPoint target, int connectionsToDrop)
    {
        _listener = listener;
        _target = target;
        _connectionsToDrop = connectionsToDrop;
        _accepting = AcceptAsync();
    }

    public IPEndPoint Endpoint => (IPEndPoint)_listener.LocalEndpoint;

    /// <summary>Answers the proxy cut off before the sender could read them.</summary>
    public int Dropped => Volatile.Read(ref _dropped);

    public static DroppingProxy Start(IPEndPoint target, int connectionsToDrop)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new DroppingProxy(listener, target, connectionsToDrop);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        Task[] connections;
        lock (_connections)
        {
            connections = [.. _connections];
        }

        await Task.WhenAll(connections);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var drop = Interlocked.Increment(ref _accepted) <= _connectionsToDrop;
            lock (_connections)
            {
                _connections.Add(RelayAsync(client, drop));
            }
        }
    }

    private async Task RelayAsync(Socket client, bool drop)
    {
        using var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
        using (client)
        {
            try
            {
                await server.ConnectAsync(_target, _stop.Token);
                using var done = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                var upstream = PumpAsync(client, server, cutAtFirstByte: false, done.Token);
                var downstream = PumpAsync(server, client, cutAtFirstByte: drop, done.Token);
                if (drop)
                {
                    await downstream;
                    Interlocked.Increment(ref _dropped);

                    // A reset, not a close: the sender must see the connection fail, not an empty answer.
                    client.LingerState = new LingerOption(true, 0);
                    await done.CancelAsync();
                }

                await Task.WhenAll(upstream, downstream);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // Either side went away; the relay ends with it.
            }
        }
    }

    private static async Task PumpAsync(Socket from, Socket to, bool cutAtFirstByte, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None, cancellationToken)) > 0)
            {
                if (cutAtFirstByte)
                {
                    return;
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, cancellationToken);
            }

            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The other direction ended the relay.
        }
    }
}
