using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Connectors.Ota.Protocol.Digest;

/// <summary>
/// The server side of HTTP Digest (RFC 7616): issues challenges for each algorithm it offers, and
/// verifies responses. Nonces carry their own issue time and a MAC under a key of this instance, so
/// no nonce needs storing; a response is accepted once per nonce and nonce count, so a recorded
/// request cannot be replayed.
/// </summary>
public sealed class DigestServer
{
    private const int TimeBytes = 8;
    private const int RandomBytes = 12;
    private const int MacBytes = 16;

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, long> _used = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private long _lastPrune;

    /// <param name="realm">The protection space named in challenges.</param>
    /// <param name="algorithms">What to offer, preferred first; clients pick the first they can compute.</param>
    /// <param name="nonceLifetime">How long a nonce is good for; older ones are answered <c>stale</c>.</param>
    /// <param name="clock">The clock nonces are stamped with; the system clock when null.</param>
    public DigestServer(string realm, IReadOnlyList<DigestAlgorithm> algorithms, TimeSpan nonceLifetime, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(realm);
        ArgumentOutOfRangeException.ThrowIfZero(algorithms.Count);
        Realm = realm;
        Algorithms = algorithms;
        NonceLifetime = nonceLifetime;
        _clock = clock ?? TimeProvider.System;
    }

    public string Realm { get; }

    public IReadOnlyList<DigestAlgorithm> Algorithms { get; }

    public TimeSpan NonceLifetime { get; }

    /// <summary>One <c>WWW-Authenticate</c> value per algorithm offered, each with a fresh nonce.</summary>
    public IReadOnlyList<string> Challenges(bool stale) =>
        Algorithms.Select(a => new DigestChallenge(Realm, NewNonce(), a, Opaque: null, QualityOfProtection: true, stale).ToHeaderValue()).ToList();

    /// <summary>
    /// Verifies <paramref name="authorization"/> for a request of <paramref name="method"/> to
    /// <paramref name="requestTarget"/> (the target as on the request line). <paramref name="passwordOf"/>
    /// returns a user's password, or null for a user that does not exist.
    /// </summary>
    public DigestVerdict Verify(string? authorization, string method, string requestTarget, Func<string, string?> passwordOf)
    {
        ArgumentNullException.ThrowIfNull(passwordOf);
        if (string.IsNullOrWhiteSpace(authorization) || !authorization.TrimStart().StartsWith(DigestParameters.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return new DigestVerdict(DigestOutcome.Missing);
        }

        var response = DigestResponse.Parse(authorization);
        if (response is null
            || !string.Equals(response.Realm, Realm, StringComparison.Ordinal)
            || !string.Equals(response.Uri, requestTarget, StringComparison.Ordinal)
            || DigestAlgorithm.Find(response.AlgorithmName) is not { } algorithm
            || !Algorithms.Contains(algorithm)
            || !string.Equals(response.QualityOfProtection, "auth", StringComparison.OrdinalIgnoreCase)
            || response.NonceCount is null
            || response.ClientNonce is null
            || IssuedAt(response.Nonce) is not { } issued)
        {
            return new DigestVerdict(DigestOutcome.Failed);
        }

        var password = passwordOf(response.Username);
        var expected = DigestCalculator.Response(
            algorithm, response.Username, Realm, password ?? string.Empty, method, response.Uri, response.Nonce, "auth", response.NonceCount, response.ClientNonce);

        // Compared in constant time, and for unknown users too, so timing does not tell which users exist.
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(response.Response.ToLowerInvariant()));
        if (!matches || password is null)
        {
            return new DigestVerdict(DigestOutcome.Failed);
        }

        var now = _clock.GetUtcNow();
        if (now - issued > NonceLifetime)
        {
            return new DigestVerdict(DigestOutcome.Stale);
        }

        if (!_used.TryAdd(response.Nonce + ":" + response.NonceCount.ToLowerInvariant(), issued.UtcTicks))
        {
            return new DigestVerdict(DigestOutcome.Failed);
        }

        PruneUsed(now);
        return new DigestVerdict(DigestOutcome.Succeeded, response.Username);
    }

    private string NewNonce()
    {
        var nonce = new byte[TimeBytes + RandomBytes + MacBytes];
        BinaryPrimitives.WriteInt64BigEndian(nonce, _clock.GetUtcNow().UtcTicks);
        RandomNumberGenerator.Fill(nonce.AsSpan(TimeBytes, RandomBytes));
        HMACSHA256.HashData(_key, nonce.AsSpan(0, TimeBytes + RandomBytes))[..MacBytes].CopyTo(nonce.AsSpan(TimeBytes + RandomBytes));
        return Convert.ToBase64String(nonce);
    }

    /// <summary>When this instance issued <paramref name="nonce"/>; null for a nonce it did not issue.</summary>
    private DateTimeOffset? IssuedAt(string nonce)
    {
        var bytes = new byte[TimeBytes + RandomBytes + MacBytes];
        if (!Convert.TryFromBase64String(nonce, bytes, out var length) || length != bytes.Length)
        {
            return null;
        }

        var mac = HMACSHA256.HashData(_key, bytes.AsSpan(0, TimeBytes + RandomBytes)).AsSpan(0, MacBytes);
        if (!CryptographicOperations.FixedTimeEquals(mac, bytes.AsSpan(TimeBytes + RandomBytes)))
        {
            return null;
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        return ticks is < 0 || ticks > DateTimeOffset.MaxValue.UtcTicks ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    // Entries of nonces past their lifetime can never be accepted again anyway; dropping them keeps the set small.
    private void PruneUsed(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref _lastPrune);
        if (now.UtcTicks - last < NonceLifetime.Ticks || Interlocked.CompareExchange(ref _lastPrune, now.UtcTicks, last) != last)
        {
            return;
        }

        var oldest = (now - NonceLifetime).UtcTicks;
        foreach (var entry in _used.Where(e => e.Value < oldest))
        {
            _used.TryRemove(entry.Key, out _);
        }
    }
}
