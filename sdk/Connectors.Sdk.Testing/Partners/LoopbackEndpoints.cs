using System.Net;
using System.Net.Sockets;

namespace Connectors.Sdk.Conformance;

/// <summary>Endpoints on 127.0.0.1 for partners and receivers started by tests.</summary>
public static class LoopbackEndpoints
{
    /// <summary>
    /// A port nobody listens on right now, for a receiver a test starts. Another process could take it
    /// before the receiver does; a test that needs a port to stay closed uses <see cref="RefusingPartner"/>.
    /// </summary>
    public static IPEndPoint Unused()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return (IPEndPoint)probe.LocalEndPoint!;
    }
}
