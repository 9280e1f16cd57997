namespace Connectors.Ota.Protocol.Digest;

/// <summary>A server's Digest challenge (the parameters of one <c>WWW-Authenticate: Digest</c> header).</summary>
/// <param name="Realm">The protection space the credentials belong to.</param>
/// <param name="Nonce">The server's one-time value the response must hash.</param>
/// <param name="Algorithm">The hash the server asks for.</param>
/// <param name="Opaque">Returned unchanged, when the server sent one.</param>
/// <param name="QualityOfProtection">True when the server offers <c>qop=auth</c>; false for a challenge of RFC 2069's time without qop.</param>
/// <param name="Stale">True when the server refused only because the nonce aged: the same credentials with the new nonce will do.</param>
public sealed record DigestChallenge(string Realm, string Nonce, DigestAlgorithm Algorithm, string? Opaque, bool QualityOfProtection, bool Stale)
{
    private static readonly HashSet<string> BareNames = new(StringComparer.OrdinalIgnoreCase) { "algorithm", "stale", "qop" };

    /// <summary>
    /// Reads a challenge; null when it is malformed, uses an algorithm not computed here, or offers only
    /// <c>qop=auth-int</c> (which would hash the whole body before sending it).
    /// </summary>
    public static DigestChallenge? Parse(string? header)
    {
        var parameters = DigestParameters.Parse(header);
        if (parameters is null
            || !parameters.TryGetValue("realm", out var realm)
            || !parameters.TryGetValue("nonce", out var nonce)
            || DigestAlgorithm.Find(parameters.GetValueOrDefault("algorithm")) is not { } algorithm)
        {
            return null;
        }

        var qop = parameters.GetValueOrDefault("qop");
        var offersAuth = qop is not null && qop.Split(',', StringSplitOptions.TrimEntries).Contains("auth", StringComparer.OrdinalIgnoreCase);
        if (qop is not null && !offersAuth)
        {
            return null;
        }

        var stale = string.Equals(parameters.GetValueOrDefault("stale"), "true", StringComparison.OrdinalIgnoreCase);
        return new DigestChallenge(realm, nonce, algorithm, parameters.GetValueOrDefault("opaque"), offersAuth, stale);
    }

    /// <summary>The header value a server sends, scheme included.</summary>
    public string ToHeaderValue()
    {
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("realm", Realm),
            new("qop", "\"auth\""),
            new("algorithm", Algorithm.Name),
            new("nonce", Nonce),
        };
        if (Opaque is not null)
        {
            parameters.Add(new("opaque", Opaque));
        }

        if (Stale)
        {
            parameters.Add(new("stale", "true"));
        }

        return DigestParameters.Scheme + " " + DigestParameters.Format(parameters, BareNames);
    }
}
