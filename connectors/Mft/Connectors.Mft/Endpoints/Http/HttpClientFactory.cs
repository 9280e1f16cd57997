using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Connectors.Mft.Profiles;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Tls;
using Connectors.Sdk.Secrets;

namespace Connectors.Mft.Endpoints.Http;

/// <summary>Builds the HTTP client a profile describes: connect timeout, trusted certificates, Basic credentials.</summary>
internal static class HttpClientFactory
{
    public static HttpClient Create(string name, HttpEndpointProfile profile)
    {
        var validator = ServerCertificateTrust.Of(LoadTrusted(name, profile.TrustedCertificates));
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(profile.Network.ConnectTimeoutSeconds),
            SslOptions = { RemoteCertificateValidationCallback = validator.Validate },
        };

        // Each request has its own response timeout (see HttpEndpoint); a whole-request limit would cut off large files.
        var client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        if (!string.IsNullOrEmpty(profile.User))
        {
            var credentials = $"{profile.User}:{RevealPassword(name, profile.Password)}";
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        }

        return client;
    }

    private static string RevealPassword(string name, SecretValue? password)
    {
        try
        {
            return password?.Reveal() ?? string.Empty;
        }
        catch (SecretResolutionException e)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"endpoint '{name}': the password cannot be resolved: {e.Message}", e, propertyKeys: ["/password"]);
        }
    }

    private static X509Certificate2Collection LoadTrusted(string name, string? pem)
    {
        var trusted = new X509Certificate2Collection();
        if (string.IsNullOrWhiteSpace(pem))
        {
            return trusted;
        }

        try
        {
            trusted.ImportFromPem(pem);
        }
        catch (CryptographicException e)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"endpoint '{name}': the trusted certificates are not valid PEM ({e.Message})", e, propertyKeys: ["/trustedCertificates"]);
        }

        if (trusted.Count == 0)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"endpoint '{name}': the trusted certificates hold no PEM certificate", propertyKeys: ["/trustedCertificates"]);
        }

        return trusted;
    }
}
