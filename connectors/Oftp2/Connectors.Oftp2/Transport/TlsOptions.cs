using System.Security.Authentication;

namespace Connectors.Oftp2.Transport;

/// <summary>The TLS versions OFTP2 sessions may use: 1.2 and 1.3 (RFC 8996 retired 1.0 and 1.1).</summary>
internal static class TlsOptions
{
    public const SslProtocols Protocols = SslProtocols.Tls12 | SslProtocols.Tls13;
}
