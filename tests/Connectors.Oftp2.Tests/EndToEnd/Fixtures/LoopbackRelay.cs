using System.Net;
using System.Net.Sockets;

namespace Connectors.Oftp2.Tests.EndToEnd.Fixtures;

/// <summary>
/// A TCP relay on loopback in front of a receiver: it listens on a port of its own, accepts each connection
/// the sender opens, and leaves what happens to the octets on the way to <see cref="RelayAsync"/>.
/// </summary>
internal abstract class LoopbackRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _connections;

    protected LoopbackRelay(int targetPort)
    {
        TargetPort = targetPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Connections accepted so far.</summary>
    public int Connections => _connections;

    /// <summary>The receiver's port.</summary>
    protected int TargetPort { get; }

    /// <summary>Cancelled when the relay stops.</summary>
    protected CancellationToken Stopping => _stop.Token;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    /// <summary>Relays one accepted connection, numbered from 1; it runs on while the next are accepted.</summary>
    protected abstract Task RelayAsync(TcpClient client, int number);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client, Interlocked.Increment(ref _connections));
        }
    }
}
