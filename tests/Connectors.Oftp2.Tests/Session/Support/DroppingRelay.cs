using System.Net;
using System.Net.Sockets;

namespace Connectors.Oftp2.Tests.Session.Support;

/// <summary>
/// A TCP relay on 127.0.0.1 between initiator and responder that cuts the connection, both ways and without a
/// word, once <c>dropAfter</c> octets went from the initiator to the responder: a network failure inside a file.
/// </summary>
internal static class DroppingRelay
{
    /// <summary>A connected pair whose octets pass the relay; the relay runs until it drops or either side closes.</summary>
    public static async Task<SocketPair> ConnectAsync(long dropAfter)
    {
        var responderListener = new TcpListener(IPAddress.Loopback, 0);
        var relayListener = new TcpListener(IPAddress.Loopback, 0);
        responderListener.Start();
        relayListener.Start();
        try
        {
            var initiator = new TcpClient { NoDelay = true };
            var relayAccepting = relayListener.AcceptTcpClientAsync();
            await initiator.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)relayListener.LocalEndpoint).Port);
            var relayFromInitiator = await relayAccepting;

            var relayToResponder = new TcpClient { NoDelay = true };
            var responderAccepting = responderListener.AcceptTcpClientAsync();
            await relayToResponder.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)responderListener.LocalEndpoint).Port);
            var responder = await responderAccepting;

            _ = PumpAsync(relayFromInitiator, relayToResponder, dropAfter);
            return SocketPair.Of(initiator, responder);
        }
        finally
        {
            responderListener.Stop();
            relayListener.Stop();
        }
    }

    private static async Task PumpAsync(TcpClient fromInitiator, TcpClient toResponder, long dropAfter)
    {
        using (fromInitiator)
        using (toResponder)
        {
            var upstream = CopyAsync(fromInitiator.GetStream(), toResponder.GetStream(), dropAfter);
            var downstream = CopyAsync(toResponder.GetStream(), fromInitiator.GetStream(), long.MaxValue);
            await Task.WhenAny(upstream, downstream);

            // A hard cut: reset both connections instead of closing them in order.
            fromInitiator.Client.LingerState = new LingerOption(true, 0);
            toResponder.Client.LingerState = new LingerOption(true, 0);
        }
    }

    private static async Task CopyAsync(NetworkStream from, NetworkStream to, long limit)
    {
        var buffer = new byte[16 * 1024];
        long copied = 0;
        try
        {
            while (copied < limit)
            {
                var read = await from.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - copied)));
                if (read == 0)
                {
                    return;
                }

                await to.WriteAsync(buffer.AsMemory(0, read));
                copied += read;
            }
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
