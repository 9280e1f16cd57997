using System.Globalization;
using System.Security.Cryptography;

namespace Connectors.Ota.Protocol.Digest;

/// <summary>
/// A client's Digest state for one server: the last challenge it accepted and the nonce count, so the
/// next request can answer in advance instead of sending its body twice. Safe to share between threads.
/// </summary>
public sealed class DigestClient
{
    private readonly Lock _gate = new();
    private DigestChallenge? _challenge;
    private long _nonceCount;
    private bool _notAsked;

    /// <summary>True once the server answered a request without credentials other than with a challenge.</summary>
    public bool ServerDoesNotAsk
    {
        get
        {
            lock (_gate)
            {
                return _notAsked && _challenge is null;
            }
        }
    }

    /// <summary>Notes that the server answered a request without credentials without challenging it.</summary>
    public void NotAsked()
    {
        lock (_gate)
        {
            _notAsked = true;
        }
    }

    /// <summary>
    /// Takes the strongest challenge this implementation can answer from a 401's <c>WWW-Authenticate</c>
    /// values (each one challenge's text); false when none can be answered.
    /// </summary>
    public bool Accept(IEnumerable<string> challenges)
    {
        var usable = challenges.Select(DigestChallenge.Parse).OfType<DigestChallenge>().ToList();
        var best = DigestAlgorithm.All
            .Select(algorithm => usable.FirstOrDefault(c => c.Algorithm == algorithm))
            .FirstOrDefault(c => c is not null);
        if (best is null)
        {
            return false;
        }

        lock (_gate)
        {
            _challenge = best;
            _nonceCount = 0;
            _notAsked = false;
        }

        return true;
    }

    /// <summary>The response for one request, with the next nonce count; null before any challenge was accepted.</summary>
    public DigestResponse? Answer(string method, string uri, string username, string password)
    {
        DigestChallenge challenge;
        long count;
        lock (_gate)
        {
            if (_challenge is null)
            {
                return null;
            }

            challenge = _challenge;
            count = ++_nonceCount;
        }

        var qop = challenge.QualityOfProtection ? "auth" : null;
        var nonceCount = count.ToString("x8", CultureInfo.InvariantCulture);
        var clientNonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return new DigestResponse
        {
            Username = username,
            Realm = challenge.Realm,
            Nonce = challenge.Nonce,
            Uri = uri,
            AlgorithmName = challenge.Algorithm.Name,
            QualityOfProtection = qop,
            NonceCount = qop is null ? null : nonceCount,
            ClientNonce = qop is null ? null : clientNonce,
            Opaque = challenge.Opaque,
            Response = DigestCalculator.Response(challenge.Algorithm, username, challenge.Realm, password, method, uri, challenge.Nonce, qop, nonceCount, clientNonce),
        };
    }

    /// <summary>Forgets the challenge, after the server refused an answer to it.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _challenge = null;
            _nonceCount = 0;
        }
    }
}
