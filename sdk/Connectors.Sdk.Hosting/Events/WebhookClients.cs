using System.Collections.Concurrent;
using Connectors.Sdk.Hosting.Tls;

namespace Connectors.Sdk.Hosting.Events;

/// <summary>
/// One HTTP client per webhook profile, so connections are reused between events; a profile edited
/// while running gets a new client with its new trust.
/// </summary>
internal sealed class WebhookClients(TimeSpan attemptTimeout) : IDisposable
{
    private readonly ConcurrentDictionary<string, (WebhookProfile Profile, HttpClient Client)> _clients = new(StringComparer.Ordinal);

    public HttpClient For(string name, WebhookProfile profile)
    {
        if (_clients.TryGetValue(name, out var known) && known.Profile == profile)
        {
            return known.Client;
        }

        var client = Create(name, profile);
        _clients[name] = (profile, client);

        // The client it replaces may still be sending for the profile's old version; it is dropped, not disposed.
        return client;
    }

    public void Dispose()
    {
        foreach (var (_, client) in _clients.Values)
        {
            client.Dispose();
        }

        _clients.Clear();
    }

    private HttpClient Create(string name, WebhookProfile profile)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (profile.TrustedCertificates.Count > 0)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = ServerCertificateTrust.Load(name, profile.TrustedCertificates, "/trustedCertificates").Validate;
        }

        return new HttpClient(handler) { Timeout = attemptTimeout };
    }
}
