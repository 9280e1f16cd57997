using Connectors.Ota.Protocol.Digest;

namespace Connectors.Ota.Sending;

/// <summary>The HTTP client of one partner profile, with its TLS trust and timeouts, and its Digest state.</summary>
internal sealed class OtaPartnerClient(HttpClient http, DigestClient digest) : IDisposable
{
    public HttpClient Http { get; } = http;

    public DigestClient Digest { get; } = digest;

    public void Dispose() => Http.Dispose();
}
