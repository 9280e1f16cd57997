using System.Net;
using System.Net.Sockets;

namespace Connectors.Sdk.Conformance;

/// <summary>
/// A partner whose TCP handshake never completes, like a host behind a firewall that drops packets,
/// but on 127.0.0.1: it listens with the smallest backlog and never accepts, and the kit fills that
/// backlog itself, so the kernel drops every further connection attempt and the connector waits.
/// </summary>
public sealed class NeverAcceptingPartner : IAsyncDisposable
{
    private static readonly TimeSpan HandshakeWait = TimeSpan.FromMilliseconds(200);
    private const int MaxFillers = 16;

    private readonly Socket _listener;
    private readonly List<Socket> _fillers;

    private NeverAcceptingPartner(Socket listener, List<Socket> fillers)
    {
        _listener = listener;
        _fillers = fillers;
    }

    public IPEndPoint Endpoint => (IPEndPoint)_listener.LocalEndPoint!;

    public static async Task<NeverAcceptingPartner> StartAsync(CancellationToken cancellationToken)
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var fillers = new List<Socket>();
        var partner = new NeverAcceptingPartner(listener, fillers);
        try
        {
            // Connect until one handshake hangs: from then on the backlog is full.
            while (fillers.Count < MaxFillers)
            {
                var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                fillers.Add(filler);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                wait.CancelAfter(HandshakeWait);
                try
                {
                    await filler.ConnectAsync(partner.Endpoint, wait.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    return partner;
                }
            }
        }
        catch
        {
            await partner.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await partner.DisposeAsync().ConfigureAwait(false);
        throw new InvalidOperationException(
            $"the kernel completed {MaxFillers} handshakes on a listener that never accepts; this machine cannot host a partner that never accepts");
    }

    public ValueTask DisposeAsync()
    {
        foreach (var filler in _fillers)
        {
            filler.Dispose();
        }

        _listener.Dispose();
        return ValueTask.CompletedTask;
    }
}
