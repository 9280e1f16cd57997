using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Security;

namespace Connectors.Oftp2.Tests.Security.Support;

/// <summary>The interop test credentials of shared/reference/interop/oftp2/keys (PKCS#12 password "test").</summary>
internal static class InteropKeys
{
    public const string Pkcs12Password = "test";

    private static readonly Lazy<X509Certificate2> ServerWithKey = new(() =>
        CertificateLoader.FromPkcs12File(SharedReference.InteropFile("keys", "server.p12"), Pkcs12Password));

    private static readonly Lazy<X509Certificate2> ClientWithKey = new(() =>
        CertificateLoader.FromPemFiles(SharedReference.InteropFile("keys", "client.cert.pem"), SharedReference.InteropFile("keys", "client.key.pem")));

    /// <summary>O0013000000SERVER, the listener, with its private key (from PKCS#12).</summary>
    public static X509Certificate2 Server => ServerWithKey.Value;

    /// <summary>O0013000000CLIENT, the initiator, with its private key (from PEM).</summary>
    public static X509Certificate2 Client => ClientWithKey.Value;

    public static X509Certificate2 ServerPublic => CertificateLoader.PublicFromFile(SharedReference.InteropFile("keys", "server.cert.pem"));

    public static X509Certificate2 ClientPublic => CertificateLoader.PublicFromFile(SharedReference.InteropFile("keys", "client.cert.pem"));
}
