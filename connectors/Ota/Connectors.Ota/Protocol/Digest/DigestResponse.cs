namespace Connectors.Ota.Protocol.Digest;

/// <summary>
/// What a client answers to a challenge: the parameters of <c>Authorization: Digest</c>, as in the
/// reference's example header.
/// </summary>
public sealed record DigestResponse
{
    private static readonly HashSet<string> BareNames = new(StringComparer.OrdinalIgnoreCase) { "algorithm", "qop", "nc" };

    public required string Username { get; init; }

    public required string Realm { get; init; }

    public required string Nonce { get; init; }

    /// <summary>The request target as the client wrote it on the request line.</summary>
    public required string Uri { get; init; }

    /// <summary>The lower-case hex digest.</summary>
    public required string Response { get; init; }

    /// <summary>Null when the response names none: RFC 2617 says MD5 then.</summary>
    public string? AlgorithmName { get; init; }

    /// <summary><c>auth</c>, or null for RFC 2069's exchange without qop.</summary>
    public string? QualityOfProtection { get; init; }

    /// <summary>The nonce count as 8 hex digits, e.g. <c>00000001</c>.</summary>
    public string? NonceCount { get; init; }

    public string? ClientNonce { get; init; }

    public string? Opaque { get; init; }

    /// <summary>Reads an <c>Authorization</c> header; null when it is not a well-formed Digest response.</summary>
    public static DigestResponse? Parse(string? header)
    {
        var p = DigestParameters.Parse(header);
        if (p is null
            || !p.TryGetValue("username", out var username)
            || !p.TryGetValue("realm", out var realm)
            || !p.TryGetValue("nonce", out var nonce)
            || !p.TryGetValue("uri", out var uri)
            || !p.TryGetValue("response", out var response))
        {
            return null;
        }

        return new DigestResponse
        {
            Username = username,
            Realm = realm,
            Nonce = nonce,
            Uri = uri,
            Response = response,
            AlgorithmName = p.GetValueOrDefault("algorithm"),
            QualityOfProtection = p.GetValueOrDefault("qop"),
            NonceCount = p.GetValueOrDefault("nc"),
            ClientNonce = p.GetValueOrDefault("cnonce"),
            Opaque = p.GetValueOrDefault("opaque"),
        };
    }

    /// <summary>The parameters of the header value, without the scheme (as HttpClient's AuthenticationHeaderValue wants them).</summary>
    public string ToParameterString()
    {
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("username", Username),
            new("realm", Realm),
            new("nonce", Nonce),
            new("uri", Uri),
        };
        if (AlgorithmName is not null)
        {
            parameters.Add(new("algorithm", AlgorithmName));
        }

        if (QualityOfProtection is not null)
        {
            parameters.Add(new("qop", QualityOfProtection));
            parameters.Add(new("nc", NonceCount ?? "00000001"));
            parameters.Add(new("cnonce", ClientNonce ?? string.Empty));
        }

        parameters.Add(new("response", Response));
        if (Opaque is not null)
        {
            parameters.Add(new("opaque", Opaque));
        }

        return DigestParameters.Format(parameters, BareNames);
    }
}
