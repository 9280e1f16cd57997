using System.Collections.Concurrent;
using System.Net.Security;
using System.Security.Authentication;
using Connectors.Ota.Profiles;
using Connectors.Ota.Protocol.Digest;

namespace Connectors.Ota.Sending;

/// <summary>
/// One HTTP client per partner profile, kept while the profile stays as it is, so concurrent sends to a
/// partner share its connections and its Digest nonce. An edited profile gets a new client; the old one
/// is closed with the sender, since a send may still be using it.
/// </summary>
internal sealed class OtaHttpClients : IDisposable
{
    private readonly ConcurrentDictionary<string, (OtaProfile Profile, OtaPartnerClient Client)> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<OtaPartnerClient> _retired = [];
    private readonly Lock _gate = new();

    public OtaPartnerClient For(string profileName, OtaProfile profile)
    {
        if (_clients.TryGetValue(profileName, out var current) && current.Profile == profile)
        {
            return current.Client;
        }

        lock (_gate)
        {
            if (_clients.TryGetValue(profileName, out current) && current.Profile == profile)
            {
                return current.Client;
            }

            var client = Create(profileName, profile);
            if (current.Client is not null)
            {
                _retired.Add(current.Client);
            }

            _clients[profileName] = (profile, client);
            return client;
        }
    }

    public void Dispose()
    {
        foreach (var (_, client) in _clients.Values)
        {
            client.Dispose();
        }

        foreach (var client in _retired)
        {
            client.Dispose();
        }

        _clients.Clear();
    }

    private static OtaPartnerClient Create(string profileName, OtaProfile profile)
    {
        var trust = OtaTlsTrust.From(profileName, profile.Tls);
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(profile.Network.ConnectTimeoutSeconds),
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            SslOptions = new SslClientAuthenticationOptions
            {
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                RemoteCertificateValidationCallback = trust.Validate,
            },
        };

        // Each exchange keeps its own deadline (ProgressDeadline); HttpClient's single timeout would cut large bodies short.
        return new OtaPartnerClient(new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan }, new DigestClient());
    }
}
