namespace Connectors.Oftp2.Tests.EndToEnd.Fixtures;

/// <summary>
/// The interop test credentials of shared/reference/interop/oftp2/keys: O0013000000CLIENT as PEM certificate and
/// key, O0013000000SERVER as PKCS#12 (password <see cref="Pkcs12Password"/>) and PEM certificate.
/// </summary>
internal static class InteropCertificates
{
    public const string ClientCode = "O0013000000CLIENT";
    public const string ServerCode = "O0013000000SERVER";
    public const string Pkcs12Password = "test";

    public static string ClientCertificate => Security.Support.SharedReference.InteropFile("keys", "client.cert.pem");

    public static string ClientKey => Security.Support.SharedReference.InteropFile("keys", "client.key.pem");

    public static string ServerPkcs12 => Security.Support.SharedReference.InteropFile("keys", "server.p12");

    public static string ServerCertificate => Security.Support.SharedReference.InteropFile("keys", "server.cert.pem");
}
