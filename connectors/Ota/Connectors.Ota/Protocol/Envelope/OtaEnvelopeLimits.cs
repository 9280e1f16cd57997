namespace Connectors.Ota.Protocol.Envelope;

/// <summary>
/// Bounds on what a reader holds in memory: every field but the payload is kept whole, so each is capped;
/// the payload and attachments stream to their targets and are bounded only by the request's size.
/// </summary>
public sealed record OtaEnvelopeLimits
{
    public static readonly OtaEnvelopeLimits Default = new();

    /// <summary>Longest name or value of a field other than the payload, in bytes as received.</summary>
    public int MaxFieldBytes { get; init; } = 64 * 1024;

    /// <summary>Most fields one envelope may carry.</summary>
    public int MaxFields { get; init; } = 256;
}
