namespace Connectors.Ota.Protocol.Digest;

/// <summary>The arithmetic of RFC 7616 section 3.4.1, shared by the client that answers and the server that checks.</summary>
public static class DigestCalculator
{
    /// <summary>
    /// The response digest: H(H(A1):nonce:nc:cnonce:qop:H(A2)) with qop, H(H(A1):nonce:H(A2)) without,
    /// where A1 is user:realm:password (for <c>-sess</c>, H(user:realm:password):nonce:cnonce) and A2 is method:uri.
    /// </summary>
    public static string Response(
        DigestAlgorithm algorithm,
        string username,
        string realm,
        string password,
        string method,
        string uri,
        string nonce,
        string? qop,
        string? nonceCount,
        string? clientNonce)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        var a1 = algorithm.Hash($"{username}:{realm}:{password}");
        if (algorithm.IsSession)
        {
            a1 = algorithm.Hash($"{a1}:{nonce}:{clientNonce}");
        }

        var a2 = algorithm.Hash($"{method}:{uri}");
        return qop is null
            ? algorithm.Hash($"{a1}:{nonce}:{a2}")
            : algorithm.Hash($"{a1}:{nonce}:{nonceCount}:{clientNonce}:{qop}:{a2}");
    }
}
