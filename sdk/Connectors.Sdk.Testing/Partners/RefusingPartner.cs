using System.Net;
using System.Net.Sockets;

namespace Connectors.Sdk.Conformance;

/// <summary>
/// A port that refuses every TCP connection. The kit keeps it bound without listening, so the kernel
/// answers each connection attempt with a reset and no other test can start a listener there meanwhile.
/// </summary>
public sealed class RefusingPartner : IAsyncDisposable
{
    private readonly Socket _held;

    private RefusingPartner(Socket held) => _held = held;

    public IPEndPoint Endpoint => (IPEndPoint)_held.LocalEndPoint!;

    public static RefusingPartner Start()
    {
        var held = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        held.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return new RefusingPartner(held);
    }

    public ValueTask DisposeAsync()
    {
        _held.Dispose();
        return ValueTask.CompletedTask;
    }
}
