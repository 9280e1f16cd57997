namespace Connectors.Ota.Protocol.Digest;

/// <summary>What a server concluded from a request's <c>Authorization</c> header.</summary>
public enum DigestOutcome
{
    /// <summary>No Digest credentials: challenge the client.</summary>
    Missing,

    /// <summary>Credentials that do not verify (unknown user, wrong password, foreign nonce, replay, wrong uri).</summary>
    Failed,

    /// <summary>Right credentials for a nonce that has aged: challenge again with <c>stale=true</c>.</summary>
    Stale,

    /// <summary>Verified.</summary>
    Succeeded,
}

/// <summary>The outcome and, when verified, the user it verified.</summary>
public sealed record DigestVerdict(DigestOutcome Outcome, string? Username = null);
