using System.Net;
using System.Net.Sockets;

namespace Connectors.Oftp2.Tests.Session.Support;

/// <summary>Two ends of one real TCP connection on 127.0.0.1: the one that connected and the one that accepted.</summary>
internal sealed class SocketPair : IAsyncDisposable
{
    private SocketPair(TcpClient client, TcpClient server)
    {
        ClientSocket = client;
        ServerSocket = server;
        Client = client.GetStream();
        Server = server.GetStream();
    }

    public TcpClient ClientSocket { get; }

    public TcpClient ServerSocket { get; }

    /// <summary>The initiator's end.</summary>
    public NetworkStream Client { get; }

    /// <summary>The responder's end.</summary>
    public NetworkStream Server { get; }

    public static async Task<SocketPair> ConnectAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var client = new TcpClient { NoDelay = true };
            var accepting = listener.AcceptTcpClientAsync();
            await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
            var server = await accepting;
            server.NoDelay = true;
            return new SocketPair(client, server);
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>Two connected ends made elsewhere, such as through a relay.</summary>
    public static SocketPair Of(TcpClient client, TcpClient server) => new(client, server);

    public ValueTask DisposeAsync()
    {
        ClientSocket.Dispose();
        ServerSocket.Dispose();
        return ValueTask.CompletedTask;
    }
}
