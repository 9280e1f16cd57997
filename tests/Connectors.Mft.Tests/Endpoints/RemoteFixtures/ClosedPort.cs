using System.Net;
using System.Net.Sockets;

namespace Connectors.Mft.Tests.Endpoints.RemoteFixtures;

/// <summary>A port on 127.0.0.1 that nothing listens on: one the system just handed out and that was closed again.</summary>
internal static class ClosedPort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
